package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The smallest and largest value of an image, ignoring NaN (and, for
 * {@link #finiteOf}, ±Inf), found in parallel. An image with no such value
 * has min = max = NaN.
 */
public final class MinMax {

	private final double min;
	private final double max;

	private MinMax(final double min, final double max) {
		this.min = min;
		this.max = max;
	}

	public static MinMax of(final RandomAccessibleInterval<? extends RealType<?>> image) {
		return of(image, false);
	}

	/**
	 * The finite range: NaN and ±Inf left out (what {@code convert.type}'s
	 * scaling and {@code threshold.auto}'s bins span).
	 */
	public static MinMax finiteOf(final RandomAccessibleInterval<? extends RealType<?>> image) {
		// NB: most images hold no infinity; only those that do pay the second pass that leaves them out
		final MinMax all = of(image, false);
		return Double.isInfinite(all.min) || Double.isInfinite(all.max) ? of(image, true) : all;
	}

	private static MinMax of(final RandomAccessibleInterval<? extends RealType<?>> image, final boolean finite) {
		final FlatPixels pixels = FlatPixels.of(image);
		final List<double[]> parts = pixels != null ? fromArrays(pixels, finite) : LoopBuilder.setImages(Views.zeroMin(image)).multiThreaded().forEachChunk(chunk -> {
			final double[] range = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
			chunk.forEachPixel(p -> {
				// NB: an infinity left out becomes NaN, which the comparisons skip
				final double v = finite ? nanIfInfinite(p.getRealDouble()) : p.getRealDouble();
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

	/** The {min, max} of each parallel range of an array-backed image, read in blocks. */
	private static List<double[]> fromArrays(final FlatPixels pixels, final boolean finite) {
		final List<double[]> parts = Collections.synchronizedList(new ArrayList<>());
		FlatPixels.forEachRange(pixels.size(), (from, end) -> {
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			final double[] block = new double[FlatPixels.BLOCK];
			for (long flat = from; flat < end; flat += FlatPixels.BLOCK) {
				final int n = (int) Math.min(FlatPixels.BLOCK, end - flat);
				pixels.read(flat, block, n);
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
