package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The interior window ({@link InteriorWindow}) on the reference backend: {@code filter.gauss} and {@code filter.dog}
 * with a window return the whole call's result cropped to it, bit for bit (the passes compute only the window's range
 * along their axis, but with the same clamped reads and the same order of terms): 2D and 3D, float32 with NaN and
 * ±Inf and uint16 (rounded), windows in the middle, at each border and covering the whole, one-pixel windows,
 * σ = 0 on an axis (that axis cropped while copying) and on every axis. A window call run by blocks is again the
 * crop. The range variants of the passes equal their whole-line forms cropped.
 */
class Imglib2GaussWindowTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

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
					for (final Img<?> image : Arrays.asList(floats(dims), shorts(dims))) {
						final OpRequest gauss = call(GaussOp.ID, image).set("sigma", sigma);
						final OpRequest dog = call(DifferenceOfGaussiansOp.ID, image).set("sigma1", sigma).set("sigma2",
							new double[] { 1.7 });
						for (final OpRequest whole : Arrays.asList(gauss, dog)) {
							final RandomAccessibleInterval<?> expected = (RandomAccessibleInterval<?>) whole.run();
							for (final long[][] window : windows(dims)) {
								final String what = whole.opId() + " σ " + Arrays.toString(sigma) + " " + type(image) + " window " +
									Arrays.toString(window[0]) + ".." + Arrays.toString(window[1]);
								final Object actual = copy(whole).set(InteriorWindow.parameters(window[0], window[1])).run();
								assertSameBits(Views.zeroMin(Views.interval(expected, window[0], window[1])), actual, what);
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
		final Img<?> image = floats(DIMS_3D);
		final OpRequest whole = call(GaussOp.ID, image).set("sigma", new double[] { 1.4, 0.8, 2 });
		final RandomAccessibleInterval<?> expected = (RandomAccessibleInterval<?>) whole.run();
		final long[] min = { 3, 0, 4 };
		final long[] max = { 17, 9, 10 };
		final OpRequest window = copy(whole).set(InteriorWindow.parameters(min, max));
		assertEquals(BlockPlan.Kind.INDEX_MAPPING, new io.github.fijidispatch.block.BlockEngine(context.dispatch()).plan(
			window).kind());
		for (final long[] block : new long[][] { { 1 }, { 4, 3, 2 }, { 100 } })
			assertSameBits(Views.zeroMin(Views.interval(expected, min, max)), new io.github.fijidispatch.block.BlockEngine(
				context.dispatch()).run(copy(window), block), "by blocks of " + Arrays.toString(block));
	}

	@Test
	void rangeOfAnXPassIsTheWholePassCropped() {
		final FloatVolume volume = randomVolume(11, 4, 3);
		for (final double sigma : new double[] { 0.6, 2, 7 }) {
			final float[] k = GaussOp.halfKernel(sigma);
			final FloatVolume whole = copyOf(volume);
			whole.filterAlong(0, k.length - 1, (padded, out, length, width, batch) -> Imglib2Gauss.convolve(k, padded, out,
				length, width, batch));
			for (final int[] range : new int[][] { { 0, 11 }, { 0, 1 }, { 10, 1 }, { 3, 5 }, { 0, 4 }, { 7, 4 } }) {
				final FloatVolume part = volume.filterAlong(0, k.length - 1, (padded, out, length, width, batch) -> Imglib2Gauss
					.convolve(k, padded, out, length, width, batch), range[0], range[1]);
				assertArrayEquals(crop(whole, 0, range[0], range[1]).data(), part.data(), 0, "σ " + sigma + " x " + Arrays
					.toString(range));
			}
		}
	}

	@Test
	void rangeOfAStridedPassIsTheWholePassCropped() {
		final FloatVolume volume = randomVolume(5, 9, 8);
		for (final double sigma : new double[] { 0.6, 2, 7 })
			for (int axis = 1; axis < 3; axis++) {
				final float[] k = GaussOp.halfKernel(sigma);
				final FloatVolume whole = StridedConvolution.along(volume, axis, k);
				final int n = volume.dims()[axis];
				for (final int[] range : new int[][] { { 0, n }, { 0, 1 }, { n - 1, 1 }, { 2, 4 }, { 0, 3 }, { 5, n - 5 } })
					assertArrayEquals(crop(whole, axis, range[0], range[1]).data(), StridedConvolution.along(volume, axis, k,
						range[0], range[1]).data(), 0, "σ " + sigma + " axis " + axis + " " + Arrays.toString(range));
			}
	}

	// -- Helper methods --

	private static OpRequest call(final String opId, final Img<?> image) {
		return context.dispatch().op(opId).input(image).on("imglib2");
	}

	private static OpRequest copy(final OpRequest request) {
		final OpRequest out = context.dispatch().op(request.opId()).on("imglib2").set(request.params());
		for (final Object in : request.inputs())
			out.input(in);
		return out;
	}

	/** Windows {min, max}: the middle, each corner and border, the whole, one pixel inside and at the far corner. */
	private static List<long[][]> windows(final long[] dims) {
		final int n = dims.length;
		final List<long[][]> out = new ArrayList<>();
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
		out.add(new long[][] { third, twoThirds });
		out.add(new long[][] { zero, third });
		out.add(new long[][] { twoThirds, last });
		out.add(new long[][] { zero, last });
		out.add(new long[][] { one, lastButOne });
		out.add(new long[][] { third, third });
		out.add(new long[][] { zero, zero });
		out.add(new long[][] { last, last });
		// NB: a window along one border only: the whole of x, the last rows of y (and z)
		final long[] from = third.clone();
		from[0] = 0;
		final long[] to = last.clone();
		out.add(new long[][] { from, to });
		return out;
	}

	private static Img<?> floats(final long[] dims) {
		final Img<FloatType> img = ArrayImgs.floats(dims);
		final Random random = new Random(Arrays.hashCode(dims));
		long i = 0;
		for (final FloatType t : img) {
			final long at = i++;
			t.set(at % 97 == 5 ? Float.NaN : at % 131 == 7 ? Float.POSITIVE_INFINITY : at % 149 == 3 ? Float.NEGATIVE_INFINITY
				: random.nextFloat() * 200 - 50);
		}
		return img;
	}

	private static Img<?> shorts(final long[] dims) {
		final Img<UnsignedShortType> img = ArrayImgs.unsignedShorts(dims);
		final Random random = new Random(7);
		for (final UnsignedShortType t : img)
			t.set(random.nextInt(65536));
		return img;
	}

	private static String type(final Img<?> image) {
		return image.firstElement().getClass().getSimpleName();
	}

	private static FloatVolume randomVolume(final long... dims) {
		final FloatVolume v = FloatVolume.zeros(dims);
		final Random random = new Random(11);
		final float[] data = v.data();
		for (int i = 0; i < data.length; i++)
			data[i] = (float) (random.nextDouble() * 1000 - 200);
		return v;
	}

	private static FloatVolume copyOf(final FloatVolume v) {
		final FloatVolume out = FloatVolume.zeros(toLongs(v.dims()));
		System.arraycopy(v.data(), 0, out.data(), 0, v.data().length);
		return out;
	}

	/** Positions {@code [from, from + length)} along {@code axis}, through ImgLib2 views. */
	private static FloatVolume crop(final FloatVolume v, final int axis, final int from, final int length) {
		final long[] min = new long[v.numDimensions()];
		final long[] max = toLongs(v.dims());
		for (int d = 0; d < max.length; d++)
			max[d]--;
		min[axis] = from;
		max[axis] = from + length - 1;
		return FloatVolume.copyOf(Views.zeroMin(Views.interval(v.img(), min, max)));
	}

	private static long[] toLongs(final int[] values) {
		final long[] out = new long[values.length];
		for (int d = 0; d < out.length; d++)
			out[d] = values[d];
		return out;
	}

	/** Same size, pixel type and bits (NaN equal to NaN). */
	static void assertSameBits(final RandomAccessibleInterval<?> expected, final Object actual, final String what) {
		final RandomAccessibleInterval<?> a = (RandomAccessibleInterval<?>) actual;
		assertArrayEquals(Intervals.dimensionsAsLongArray(expected), Intervals.dimensionsAsLongArray(a), what + ": size");
		assertEquals(Views.flatIterable(expected).firstElement().getClass(), Views.flatIterable(a).firstElement()
			.getClass(), what + ": pixel type");
		final Cursor<?> ce = Views.flatIterable(expected).cursor();
		final Cursor<?> ca = Views.flatIterable(a).cursor();
		long i = 0;
		while (ce.hasNext()) {
			final double ve = ((RealType<?>) ce.next()).getRealDouble();
			final double va = ((RealType<?>) ca.next()).getRealDouble();
			if (Double.doubleToLongBits(ve) != Double.doubleToLongBits(va)) throw new AssertionError(what + ": pixel " + i +
				" (flat) is " + va + ", the whole result cropped has " + ve);
			i++;
		}
	}
}
