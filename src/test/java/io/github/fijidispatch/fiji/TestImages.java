package io.github.fijidispatch.fiji;

import java.util.Random;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.ByteProcessor;

/** Deterministic test images. */
final class TestImages {

	private TestImages() {
	}

	/** A seeded 8-bit noise image titled {@code cell.png}, calibrated 0.107 µm/px. */
	static ImagePlus noise(final int w, final int h) {
		final Random random = new Random(42);
		final byte[] pixels = new byte[w * h];
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = (byte) (random.nextInt(200) + (i % w > w / 2 ? 40 : 0));
		final ImagePlus imp = new ImagePlus("cell.png", new ByteProcessor(w, h, pixels));
		final Calibration cal = new Calibration();
		cal.pixelWidth = 0.107;
		cal.pixelHeight = 0.107;
		cal.setUnit("µm");
		imp.setCalibration(cal);
		return imp;
	}

	static double maxDifference(final ImagePlus a, final ImagePlus b) {
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight() || a.getStackSize() != b.getStackSize())
			return Double.POSITIVE_INFINITY;
		double max = 0;
		for (int s = 1; s <= a.getStackSize(); s++) {
			final ij.process.ImageProcessor pa = a.getStack().getProcessor(s);
			final ij.process.ImageProcessor pb = b.getStack().getProcessor(s);
			for (int i = 0; i < a.getWidth() * a.getHeight(); i++) {
				final float va = pa.getf(i);
				final float vb = pb.getf(i);
				// NB: NaN (e.g. 0/0 in math.divide) agrees with NaN only.
				if (Float.isNaN(va) || Float.isNaN(vb)) max = Float.isNaN(va) && Float.isNaN(vb) ? max : Double.POSITIVE_INFINITY;
				else max = Math.max(max, Math.abs(va - vb));
			}
		}
		return max;
	}
}
