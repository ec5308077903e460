package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import io.github.fijidispatch.op.threshold.ValueThresholdOp;
import ij.IJ;
import ij.ImagePlus;
import ij.process.AutoThresholder;
import ij.process.ImageProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

class Imglib2ThresholdTest extends AbstractReferenceTest {

	@Test
	void methodChoicesAreImageJsMethods() {
		final AutoThresholdOp op = new AutoThresholdOp();
		final java.util.List<String> choices = op.parameters().get(0).choices();
		assertEquals(AutoThresholder.Method.values().length, choices.size());
		for (final AutoThresholder.Method m : AutoThresholder.Method.values())
			assertTrue(choices.contains(m.name()), m.name());
		assertEquals("Default", op.parameters().get(0).defaultValue());
	}

	@Test
	void everyMethodAgreesWithImageJOnRealEightBitImages() {
		for (final String file : new String[] { "cell.png", "coins.png" }) {
			final ImagePlus imp = IJ.openImage("/work/shared/data/" + file);
			final RandomAccessibleInterval<? extends RealType<?>> img = ImagePlusImages.wrap(imp);
			final double[] pixels = TestImages.values(img);
			for (final String method : AutoThresholder.getMethods()) {
				final ImageProcessor ip = imp.getProcessor().duplicate();
				// NB: the text form is what ImageJ's Threshold dialog and macros use.
				ip.setAutoThreshold(method + " dark");
				final double t = ip.getMinThreshold();
				final double upper = ip.getMaxThreshold();
				final RandomAccessibleInterval<? extends RealType<?>> mask = dispatch.op(AutoThresholdOp.ID).input(img)
					.set("method", method).on("imglib2").runImage();
				final double[] m = TestImages.values(mask);
				for (int i = 0; i < m.length; i++) {
					final double expected = pixels[i] >= t && pixels[i] <= upper ? 255 : 0;
					if (m[i] != expected) throw new AssertionError(file + " " + method + ": pixel " + i + " = " + pixels[i] +
						" gives " + m[i] + " but ImageJ's threshold is [" + t + ", " + upper + "]");
				}
			}
		}
	}

	@Test
	void sixteenBitThresholdIsTheLowerEdgeOfTheBinAboveTheLevel() {
		// NB: min 1000, max 3560 → bins 10 wide; 1000..1090 dark, 3000..3560 bright.
		final double[] values = new double[64];
		for (int i = 0; i < 64; i++)
			values[i] = i < 40 ? 1000 + (i % 10) * 10 : 3000 + (i % 8) * 80;
		values[63] = 3560;
		final RandomAccessibleInterval<? extends RealType<?>> img = TestImages.of(PixelKind.UINT16, new long[] { 8, 8 }, values);
		final RandomAccessibleInterval<? extends RealType<?>> mask = dispatch.op(AutoThresholdOp.ID).input(img)
			.set("method", "Otsu").runImage();
		final int[] histogram = new int[256];
		for (final double v : values)
			histogram[Math.min(255, (int) ((v - 1000) * 256 / 2560))]++;
		final int level = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
		final double t = 1000 + (level + 1) * 2560.0 / 256;
		final double[] m = TestImages.values(mask);
		for (int i = 0; i < 64; i++)
			assertEquals(values[i] >= t ? 255 : 0, m[i], "pixel " + values[i] + ", t = " + t);
		assertEquals(PixelKind.UINT8, TestImages.kind(mask));
		assertEquals(24, countForeground(m));
	}

	/**
	 * Images of integer kinds up to 16 bits with at least as many pixels as
	 * values are read once (their values' histogram gives the range and the
	 * bins), float images are masked by comparing the scaled value: the mask
	 * equals the per-pixel bins over the [min, max] found apart, for signed
	 * kinds' negatives too, with several methods.
	 */
	@Test
	void largeSixteenAndEightBitImagesBinAsThePerPixelFormula() {
		final long[] dims = { 300, 250 };
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT16, PixelKind.INT16, PixelKind.INT8,
			PixelKind.FLOAT32 })
		{
			final int bound = kind == PixelKind.INT8 ? 200 : 40000;
			final double offset = kind == PixelKind.UINT16 ? 1234 : -bound / 2;
			final double[] values = new double[(int) (dims[0] * dims[1])];
			final java.util.Random random = new java.util.Random(kind.ordinal());
			for (int i = 0; i < values.length; i++)
				values[i] = offset + (random.nextBoolean() ? random.nextInt(bound / 3) : bound / 2 + random.nextInt(bound / 2));
			final RandomAccessibleInterval<? extends RealType<?>> img = TestImages.of(kind, dims, values);
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (final double v : values) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
			final int[] bins = new int[values.length];
			final int[] histogram = new int[256];
			for (int i = 0; i < values.length; i++)
				histogram[bins[i] = Math.min(255, (int) Math.floor((values[i] - min) * (256 / (max - min))))]++;
			for (final String method : new String[] { "Otsu", "Default", "Huang", "Triangle" }) {
				final int level = new AutoThresholder().getThreshold(AutoThresholder.Method.valueOf(method), histogram.clone());
				final double[] m = TestImages.values(dispatch.op(AutoThresholdOp.ID).input(img).set("method", method).on(
					"imglib2").runImage());
				for (int i = 0; i < values.length; i++)
					if (m[i] != (bins[i] > level ? 255 : 0)) throw new AssertionError(kind + " " + method + ": pixel " + values[i] +
						" (bin " + bins[i] + ", level " + level + ") gives " + m[i]);
			}
		}
	}

	@Test
	void constantImageGivesAllBackground() {
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 }) {
			final RandomAccessibleInterval<? extends RealType<?>> img = TestImages.of(kind, new long[] { 3, 2, 2 }, 7, 7, 7, 7,
				7, 7, 7, 7, 7, 7, 7, 7);
			final RandomAccessibleInterval<? extends RealType<?>> mask = dispatch.op(AutoThresholdOp.ID).input(img).runImage();
			assertEquals(0, countForeground(TestImages.values(mask)), kind.id());
		}
	}

	@Test
	void unknownMethodIsRejectedNamingTheChoices() {
		final RandomAccessibleInterval<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 0, 1);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatch.op(
			AutoThresholdOp.ID).input(img).set("method", "Magic").run());
		assertTrue(e.getMessage().contains("Magic") && e.getMessage().contains("Otsu"), e.getMessage());
	}

	@Test
	void valueThresholdKeepsPixelsAtOrAboveTheValue() {
		final RandomAccessibleInterval<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 3, 2 }, -1,
			2.5, 2.4999, 3, Float.NaN, 100);
		final RandomAccessibleInterval<? extends RealType<?>> mask = dispatch.op(ValueThresholdOp.ID).input(img)
			.set("value", 2.5).runImage();
		assertArrayEquals(new double[] { 0, 255, 0, 255, 0, 255 }, TestImages.values(mask));
	}

	@Test
	void valueThresholdIsRequired() {
		final RandomAccessibleInterval<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 0, 1);
		assertThrows(IllegalArgumentException.class, () -> dispatch.op(ValueThresholdOp.ID).input(img).run());
	}

	private static int countForeground(final double[] mask) {
		int n = 0;
		for (final double v : mask)
			if (v == 255) n++;
		return n;
	}
}
