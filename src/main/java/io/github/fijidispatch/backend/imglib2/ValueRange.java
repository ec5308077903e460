package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * The smallest and largest value of an image, ignoring NaN (and, for
 * {@link #finiteOf}, ±Inf), found in parallel. An image with no such value
 * has min = max = NaN.
 */
public final class ValueRange {

	private final double min;
	private final double max;

	private ValueRange(final double min, final double max) {
		this.min = min;
		this.max = max;
	}

	/** The range {@code [min, max]} as given (e.g. a whole image's, merged from its blocks). */
	public static ValueRange between(final double min, final double max) {
		return new ValueRange(min, max);
	}

	public static ValueRange of(final RandomAccessibleInterval<? extends RealType<?>> image) {
		return of(image, false);
	}

	/**
	 * The finite range: NaN and ±Inf left out (what {@code convert.type}'s
	 * scaling and {@code threshold.auto}'s bins span).
	 */
	public static ValueRange finiteOf(final RandomAccessibleInterval<? extends RealType<?>> image) {
		// NB: most images hold no infinity; only those that do pay the second pass that leaves them out
		final ValueRange all = of(image, false);
		return Double.isInfinite(all.min) || Double.isInfinite(all.max) ? of(image, true) : all;
	}

	private static ValueRange of(final RandomAccessibleInterval<? extends RealType<?>> image, final boolean finite) {
		final List<double[]> parts = fromBlocks(PixelBlocks.of(image), finite);
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (final double[] r : parts) {
			min = Math.min(min, r[0]);
			max = Math.max(max, r[1]);
		}
		return min > max ? new ValueRange(Double.NaN, Double.NaN) : new ValueRange(min, max);
	}

	/** The {min, max} of each parallel range of blocks; with {@code finite}, ±Inf left out. */
	private static List<double[]> fromBlocks(final PixelBlocks pixels, final boolean finite) {
		final List<double[]> parts = Collections.synchronizedList(new ArrayList<>());
		pixels.forEachRange((reader, first, end) -> {
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, block);
				for (int i = 0; i < n; i++) {
					final double v = finite ? nanIfInfinite(block[i]) : block[i];
					if (v < lo) lo = v;
					if (v > hi) hi = v;
				}
			}
			parts.add(new double[] { lo, hi });
		});
		return parts;
	}

	private static double nanIfInfinite(final double v) {
		return v - v == 0 ? v : Double.NaN;
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
