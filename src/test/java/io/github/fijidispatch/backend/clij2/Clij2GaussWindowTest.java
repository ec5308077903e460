package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The interior window on clij2: {@code filter.gauss} and {@code filter.dog} with a window (cropped on the device)
 * are clij2's own whole result cropped, exactly, and agree with the reference's whole result cropped within the op's
 * tolerance: 2D and 3D, float32 and uint16, windows in the middle, at the borders, of one pixel, σ = 0 on an axis.
 */
class Clij2GaussWindowTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Test
	void aWindowIsTheWholeResultCropped() {
		Clij2Assumptions.requireDevice(context.dispatch());
		for (final long[] dims : Arrays.asList(new long[] { 29, 17 }, new long[] { 13, 11, 9 }))
			for (final PixelKind kind : Arrays.asList(PixelKind.FLOAT32, PixelKind.UINT16)) {
				final Img<?> image = TestImages.random(kind, 3, dims);
				for (final double[] sigma : new double[][] { { 1.5 }, { 0, 2, 0.8 } }) {
					final double[] s = Arrays.copyOf(sigma, Math.min(sigma.length, dims.length));
					final Map<String, Object> gauss = new LinkedHashMap<>();
					gauss.put("sigma", s);
					final Map<String, Object> dog = new LinkedHashMap<>();
					dog.put("sigma1", s);
					dog.put("sigma2", new double[] { 2.2 });
					for (final long[][] window : windows(dims)) {
						check(GaussOp.ID, image, gauss, window);
						check(DifferenceOfGaussiansOp.ID, image, dog, window);
					}
				}
			}
	}

	private static void check(final String opId, final Img<?> image, final Map<String, Object> params,
		final long[][] window)
	{
		final String what = opId + " " + params.keySet() + " on " + image.firstElement().getClass().getSimpleName() + " " +
			Arrays.toString(window[0]) + ".." + Arrays.toString(window[1]);
		final RandomAccessibleInterval<?> clij2Whole = (RandomAccessibleInterval<?>) call(opId, image, params, "clij2").run();
		final RandomAccessibleInterval<?> reference = (RandomAccessibleInterval<?>) call(opId, image, params, "imglib2")
			.run();
		final Object actual = call(opId, image, params, "clij2").set(InteriorWindow.parameters(window[0], window[1])).run();
		final RandomAccessibleInterval<?> cropped = Views.zeroMin(Views.interval(clij2Whole, window[0], window[1]));
		assertArrayEquals(Intervals.dimensionsAsLongArray(cropped), Intervals.dimensionsAsLongArray(
			(RandomAccessibleInterval<?>) actual), what + ": size");
		assertTrue(TestImages.samePixels(cropped, (RandomAccessibleInterval<?>) actual), what + " vs clij2's whole");
		ReferenceAgreement.assertAgrees(context.dispatch().opDefinition(opId), params, new Object[] { image }, Views.zeroMin(
			Views.interval(reference, window[0], window[1])), actual, what + " vs the reference");
	}

	private static OpRequest call(final String opId, final Img<?> image, final Map<String, Object> params,
		final String backend)
	{
		return context.dispatch().op(opId).input(image).set(params).on(backend);
	}

	/** The middle, the first and last corner boxes, one pixel at the far corner, the whole. */
	private static List<long[][]> windows(final long[] dims) {
		final int n = dims.length;
		final long[] zero = new long[n];
		final long[] last = new long[n];
		final long[] third = new long[n];
		final long[] half = new long[n];
		for (int d = 0; d < n; d++) {
			last[d] = dims[d] - 1;
			third[d] = dims[d] / 3;
			half[d] = dims[d] / 2;
		}
		return Arrays.asList(new long[][] { third, half }, new long[][] { zero, third }, new long[][] { half, last },
			new long[][] { last, last }, new long[][] { zero, last });
	}
}
