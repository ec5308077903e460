package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.view.Views;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The interior window ({@link InteriorWindow}) on the reference backend: {@code filter.gauss} and {@code filter.dog}
 * with a window return the whole call's result cropped to it, bit for bit (the passes compute only the window's range
 * along their axis, with the same clamped reads and the same order of terms): 2D and 3D, float32 with NaN and ±Inf
 * and uint16 (rounded), windows in the middle, at each border and covering the whole, one-pixel windows, σ = 0 on an
 * axis (that axis cropped while copying) and on every axis. A window call run by blocks is again the crop.
 */
class GaussWindowTest extends AbstractBlockTest {

	private static final long[] DIMS_2D = { 37, 23 };
	private static final long[] DIMS_3D = { 19, 14, 11 };
	private static final double[][] SIGMAS = { { 2 }, { 0.7, 3.1, 1.3 }, { 0, 1.5, 2 }, { 2.5, 0, 0.6 }, { 1, 1.2, 0 },
		{ 0 } };

	@TestFactory
	Stream<DynamicTest> aWindowIsTheWholeResultCroppedBitForBit() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final long[] dims : new long[][] { DIMS_2D, DIMS_3D })
			for (final double[] perAxis : SIGMAS) {
				final double[] sigma = Arrays.copyOf(perAxis, Math.min(perAxis.length, dims.length));
				tests.add(DynamicTest.dynamicTest("σ " + Arrays.toString(sigma) + " on " + Arrays.toString(dims), () -> {
					for (final Img<?> image : Arrays.asList(BlockImagesForTests.floats(dims.length, 40, dims),
						BlockImagesForTests.shorts(7, dims)))
					{
						final OpRequest gauss = call(GaussOp.ID, image).set("sigma", sigma);
						final OpRequest dog = call(DifferenceOfGaussiansOp.ID, image).set("sigma1", sigma).set("sigma2",
							new double[] { 1.7 });
						for (final OpRequest whole : Arrays.asList(gauss, dog)) {
							final RandomAccessibleInterval<?> expected = (RandomAccessibleInterval<?>) copy(whole).run();
							for (final long[][] window : windows(dims)) {
								final String what = whole.opId() + " σ " + Arrays.toString(sigma) + " " + image.firstElement()
									.getClass().getSimpleName() + " window " + Arrays.toString(window[0]) + ".." + Arrays.toString(
										window[1]);
								final Object actual = copy(whole).set(InteriorWindow.parameters(window[0], window[1])).run();
								BlockImagesForTests.assertSameBits(Views.zeroMin(Views.interval(expected, window[0], window[1])),
									actual, what);
							}
						}
					}
				}));
			}
		return tests.stream();
	}

	/** A call that is itself a window plans its result's blocks onto the boxes they read: by blocks, still the crop. */
	@Test
	void aWindowCallByBlocksIsTheCropBitForBit() {
		final Img<?> image = BlockImagesForTests.floats(3, 20, DIMS_3D);
		final OpRequest whole = call(GaussOp.ID, image).set("sigma", new double[] { 1.4, 0.8, 2 });
		final RandomAccessibleInterval<?> expected = (RandomAccessibleInterval<?>) copy(whole).run();
		final long[] min = { 3, 0, 4 };
		final long[] max = { 17, 9, 10 };
		final OpRequest window = copy(whole).set(InteriorWindow.parameters(min, max));
		assertEquals(BlockPlan.Kind.INDEX_MAPPING, new BlockEngine(dispatch).plan(window).kind());
		for (final long[] block : new long[][] { { 1 }, { 4, 3, 2 }, { 100 } })
			BlockImagesForTests.assertSameBits(Views.zeroMin(Views.interval(expected, min, max)), new BlockEngine(dispatch)
				.run(copy(window), block), "by blocks of " + Arrays.toString(block));
	}

	private static OpRequest call(final String opId, final Img<?> image) {
		return dispatch.op(opId).input(image).on("imglib2");
	}

	private static OpRequest copy(final OpRequest request) {
		return dispatch.op(request.opId()).on("imglib2").set(request.params()).inputs(request.inputs().toArray());
	}

	/** Windows {min, max}: the middle, each corner and border, the whole, one pixel inside and at both corners. */
	static List<long[][]> windows(final long[] dims) {
		final int n = dims.length;
		final long[] zero = new long[n];
		final long[] last = new long[n];
		final long[] third = new long[n];
		final long[] twoThirds = new long[n];
		final long[] one = new long[n];
		final long[] lastButOne = new long[n];
		for (int d = 0; d < n; d++) {
			last[d] = dims[d] - 1;
			third[d] = dims[d] / 3;
			twoThirds[d] = 2 * dims[d] / 3;
			one[d] = 1;
			lastButOne[d] = dims[d] - 2;
		}
		// NB: the last: the whole of x, the last two thirds of y (and z): a window along one border only
		final long[] from = third.clone();
		from[0] = 0;
		return Arrays.asList(new long[][] { third, twoThirds }, new long[][] { zero, third }, new long[][] { twoThirds,
			last }, new long[][] { zero, last }, new long[][] { one, lastButOne }, new long[][] { third, third },
			new long[][] { zero, zero }, new long[][] { last, last }, new long[][] { from, last });
	}
}
