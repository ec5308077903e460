package io.github.fijidispatch.backend.imglib2;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The smallest and largest value of an image, ignoring NaN, found in
 * parallel. An image with no value other than NaN has min = max = NaN.
 */
public final class MinMax {

	private final double min;
	private final double max;

	private MinMax(final double min, final double max) {
		this.min = min;
		this.max = max;
	}

	public static MinMax of(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final List<double[]> parts = LoopBuilder.setImages(Views.zeroMin(image)).multiThreaded().forEachChunk(chunk -> {
			final double[] range = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
			chunk.forEachPixel(p -> {
				final double v = p.getRealDouble();
				if (v < range[0]) range[0] = v;
				if (v > range[1]) range[1] = v;
			});
			return range;
		});
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (final double[] r : parts) {
			min = Math.min(min, r[0]);
			max = Math.max(max, r[1]);
		}
		return min > max ? new MinMax(Double.NaN, Double.NaN) : new MinMax(min, max);
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	/** {@code max − min}; 0 for a constant image, NaN for an all-NaN image. */
	public double range() {
		return max - min;
	}
}
