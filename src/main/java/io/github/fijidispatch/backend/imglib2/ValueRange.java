package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
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

	/**
	 * The {min, max} of each parallel range of blocks; with {@code finite}, ±Inf
	 * left out. Float32 blocks of the plain range are read as stored
	 * ({@link #widen}), other blocks as doubles.
	 */
	private static List<double[]> fromBlocks(final PixelBlocks pixels, final boolean finite) {
		final List<double[]> parts = Collections.synchronizedList(new ArrayList<>());
		final boolean floats = !finite && pixels.kind() == PixelKind.FLOAT32;
		pixels.forEachRange((reader, first, end) -> {
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			final double[] range = { lo, hi };
			final double[] block = floats ? null : new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				if (floats) {
					final int n = reader.load(b);
					widen((float[]) reader.array(), reader.offset(), n, range);
					continue;
				}
				final int n = reader.doubles(b, block);
				for (int i = 0; i < n; i++) {
					final double v = finite ? nanIfInfinite(block[i]) : block[i];
					if (v < lo) lo = v;
					if (v > hi) hi = v;
				}
			}
			parts.add(new double[] { Math.min(lo, range[0]), Math.max(hi, range[1]) });
		});
		return parts;
	}

	/**
	 * Widens {@code range} ({min, max}) to the values {@code values[from..from + n)}
	 * that are not NaN, in four independent lanes of branch-free comparisons
	 * (NaN fails both, so it is left out).
	 */
	static void widen(final float[] values, final int from, final int n, final double[] range) {
		float lo0 = Float.POSITIVE_INFINITY, lo1 = lo0, lo2 = lo0, lo3 = lo0;
		float hi0 = Float.NEGATIVE_INFINITY, hi1 = hi0, hi2 = hi0, hi3 = hi0;
		final int end = from + n;
		final int end4 = from + (n & ~3);
		for (int i = from; i < end4; i += 4) {
			final float a = values[i], b = values[i + 1], c = values[i + 2], d = values[i + 3];
			lo0 = a < lo0 ? a : lo0;
			lo1 = b < lo1 ? b : lo1;
			lo2 = c < lo2 ? c : lo2;
			lo3 = d < lo3 ? d : lo3;
			hi0 = a > hi0 ? a : hi0;
			hi1 = b > hi1 ? b : hi1;
			hi2 = c > hi2 ? c : hi2;
			hi3 = d > hi3 ? d : hi3;
		}
		for (int i = end4; i < end; i++) {
			final float a = values[i];
			lo0 = a < lo0 ? a : lo0;
			hi0 = a > hi0 ? a : hi0;
		}
		range[0] = Math.min(range[0], Math.min(Math.min(lo0, lo1), Math.min(lo2, lo3)));
		range[1] = Math.max(range[1], Math.max(Math.max(hi0, hi1), Math.max(hi2, hi3)));
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
