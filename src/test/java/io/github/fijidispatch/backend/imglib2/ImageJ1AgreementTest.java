package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.MaxOp;
import io.github.fijidispatch.op.filter.MeanOp;
import io.github.fijidispatch.op.filter.MedianOp;
import io.github.fijidispatch.op.filter.MinOp;
import io.github.fijidispatch.op.filter.TopHatOp;
import io.github.fijidispatch.op.filter.VarianceOp;
import io.github.fijidispatch.op.morphology.DilateOp;
import io.github.fijidispatch.op.morphology.ErodeOp;
import io.github.fijidispatch.testing.ScijavaContext;

import ij.plugin.filter.RankFilters;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import net.imglib2.img.Img;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference filters agree with ImageJ 1 where the semantics match.
 * ImageJ's {@link RankFilters} kernel of radius ρ holds {@code dx² + dy² ≤
 * (int) ρ² + 1} and pads with edge pixels: radius 1 is our 3×3 box (radius 1),
 * and radius √(R² − 1) is our sphere of radius R. ImageJ's 3×3
 * {@code ByteProcessor.erode()} with an inverted LUT (255 = foreground, the
 * classic binary convention) is the minimum over the 3×3 box, edge pixels
 * repeated: our binary erosion with box radius 1; likewise dilate.
 */
class ImageJ1AgreementTest {

	private static final int W = 37;
	private static final int H = 29;

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void rankFiltersAgreeWithRankFiltersOfImageJ(final PixelKind kind) {
		final double[] values = FilterTestImages.randomValues(kind, 11, W * H);
		final int[] ijTypes = { RankFilters.MEAN, RankFilters.MEDIAN, RankFilters.MIN, RankFilters.MAX,
			RankFilters.VARIANCE };
		final String[] ops = { MeanOp.ID, MedianOp.ID, MinOp.ID, MaxOp.ID, VarianceOp.ID };
		for (int t = 0; t < ops.length; t++) {
			// NB: ImageJ clips an integer variance differently (it saturates in float first); compare it on float only
			if (ops[t].equals(VarianceOp.ID) && kind != PixelKind.FLOAT32) continue;
			for (final int sphereRadius : new int[] { 2, 3 })
				compare(kind, values, ops[t], "sphere", sphereRadius, ijTypes[t], Math.sqrt(sphereRadius * sphereRadius - 1) +
					1e-9);
			compare(kind, values, ops[t], "box", 1, ijTypes[t], 1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void topHatAgreesWithTheTopHatOfImageJ(final PixelKind kind) {
		final double[] values = FilterTestImages.randomValues(kind, 12, W * H);
		compare(kind, values, TopHatOp.ID, "sphere", 3, RankFilters.TOP_HAT, Math.sqrt(8) + 1e-9);
	}

	private void compare(final PixelKind kind, final double[] values, final String op, final String shape,
		final int radius, final int ijType, final double ijRadius)
	{
		final ImageProcessor ip = processor(kind, values);
		new RankFilters().rank(ip, ijRadius, ijType);
		final double[] expected = new double[W * H];
		for (int i = 0; i < expected.length; i++)
			expected[i] = ip.getf(i);
		final Img<?> img = FilterTestImages.image(kind, values, W, H);
		final double[] actual = FilterTestImages.values(context.dispatch().op(op).input(img).set("radius", radius)
			.set("shape", shape)
			.on(Imglib2Backend.ID).runImage());
		final String what = op + " " + shape + " " + radius + " " + kind + " vs ImageJ radius " + ijRadius;
		for (int i = 0; i < expected.length; i++) {
			final double tolerance = kind.isInteger() ? 1 : 1e-5 * Math.max(1, Math.abs(expected[i]));
			final int p = i;
			assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance, () -> what + ": pixel " + p + " ImageJ " +
				expected[p] + " ours " + actual[p]);
		}
	}

	@Test
	void binaryErodeAndDilateAgreeWithByteProcessor() {
		final double[] values = new double[W * H];
		final java.util.Random random = new java.util.Random(5);
		for (int i = 0; i < values.length; i++)
			values[i] = random.nextInt(3) == 0 ? 0 : 255;
		final Img<?> img = FilterTestImages.image(PixelKind.UINT8, values, W, H);
		for (final boolean erode : new boolean[] { true, false }) {
			final ByteProcessor bp = (ByteProcessor) processor(PixelKind.UINT8, values);
			bp.invertLut();
			if (erode) bp.erode();
			else bp.dilate();
			final double[] expected = new double[W * H];
			for (int i = 0; i < expected.length; i++)
				expected[i] = bp.get(i);
			final double[] actual = FilterTestImages.values(context.dispatch().op(erode ? ErodeOp.ID : DilateOp.ID)
				.input(img)
				.set("radius", 1).on(Imglib2Backend.ID).runImage());
			assertArrayEquals(expected, actual, 0, erode ? "erode" : "dilate");
		}
	}

	static ImageProcessor processor(final PixelKind kind, final double[] values) {
		final ImageProcessor ip = kind == PixelKind.UINT8 ? new ByteProcessor(W, H) : kind == PixelKind.UINT16
			? new ShortProcessor(W, H) : new FloatProcessor(W, H);
		for (int i = 0; i < values.length; i++)
			ip.setf(i, (float) values[i]);
		return ip;
	}
}
