package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * The 256 histogram bins of {@code threshold.auto}: grey values themselves for
 * uint8; otherwise equal bins over the image's [min, max],
 * {@code bin = min(255, floor((v − min) · 256 / (max − min)))} over the finite
 * [min, max], so −Inf falls in bin 0 and +Inf in bin 255. NaN has no bin.
 */
public final class ThresholdBins {

	private static final int BINS = AutoThresholdOp.BINS;

	private final double lowest;
	private final double binsPerUnit;
	/** Bins that are the grey values themselves (uint8). */
	private final boolean greyValues;

	private ThresholdBins(final double lowest, final double binsPerUnit, final boolean greyValues) {
		this.lowest = lowest;
		this.binsPerUnit = binsPerUnit;
		this.greyValues = greyValues;
	}

	/** The bins for an image, or {@code null} when it has a single value (or none): no threshold exists. */
	static ThresholdBins of(final RandomAccessibleInterval<? extends RealType<?>> image, final PixelKind kind) {
		if (kind == PixelKind.UINT8) return overRange(kind, 0, 0);
		final ValueRange range = ValueRange.finiteOf(image);
		return overRange(kind, range.min(), range.max());
	}

	/**
	 * The bins for an image of this kind whose finite values span
	 * {@code [min, max]} (e.g. merged from blocks; ignored for uint8), or
	 * {@code null} when that range is empty or a single value.
	 */
	public static ThresholdBins overRange(final PixelKind kind, final double min, final double max) {
		if (kind == PixelKind.UINT8) return new ThresholdBins(0, 1, true);
		final double range = max - min;
		if (!(range > 0)) return null;
		return new ThresholdBins(min, BINS / range, false);
	}

	/** The bin of a value; −1 for NaN. */
	public int bin(final double v) {
		if (Double.isNaN(v)) return -1;
		final int b = (int) Math.floor((v - lowest) * binsPerUnit);
		return b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
	}

	/**
	 * The smallest value of {@code kind} within {@code [min, max]} (the range
	 * these bins span; ignored for uint8) whose bin is above {@code level}, or
	 * NaN when there is none. Since bins grow with the value, a pixel of that
	 * kind is in a bin above {@code level} exactly when it is at least this
	 * value: what a blockwise threshold applies.
	 */
	public double firstValueAbove(final int level, final PixelKind kind, final double min, final double max) {
		if (greyValues) return level + 1 < BINS ? level + 1 : Double.NaN;
		if (kind == PixelKind.FLOAT32) return firstFloatAbove(level, (float) min, (float) max);
		if (kind == PixelKind.FLOAT64) return firstDoubleAbove(level, min, max);
		long lo = (long) Math.ceil(min);
		long hi = (long) Math.floor(max);
		if (lo > hi || bin(hi) <= level) return Double.NaN;
		while (lo < hi) {
			final long mid = lo + (hi - lo) / 2;
			if (bin(mid) > level) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	}

	private double firstFloatAbove(final int level, final float min, final float max) {
		int lo = sortable(min);
		int hi = sortable(max);
		if (bin(max) <= level) return Double.NaN;
		while (lo < hi) {
			final int mid = (int) (((long) lo + hi) >> 1);
			if (bin(unsortable(mid)) > level) hi = mid;
			else lo = mid + 1;
		}
		return unsortable(lo);
	}

	private double firstDoubleAbove(final int level, final double min, final double max) {
		long lo = sortable(min);
		long hi = sortable(max);
		if (bin(max) <= level) return Double.NaN;
		while (lo < hi) {
			final long mid = (lo >> 1) + (hi >> 1) + (lo & hi & 1);
			if (bin(unsortable(mid)) > level) hi = mid;
			else lo = mid + 1;
		}
		return unsortable(lo);
	}

	/** NB: the float's bits as an int that orders as the floats do (negative floats flipped). */
	private static int sortable(final float f) {
		final int bits = Float.floatToIntBits(f);
		return bits >= 0 ? bits : bits ^ 0x7fffffff;
	}

	private static float unsortable(final int s) {
		return Float.intBitsToFloat(s >= 0 ? s : s ^ 0x7fffffff);
	}

	private static long sortable(final double v) {
		final long bits = Double.doubleToLongBits(v);
		return bits >= 0 ? bits : bits ^ 0x7fffffffffffffffL;
	}

	private static double unsortable(final long s) {
		return Double.longBitsToDouble(s >= 0 ? s : s ^ 0x7fffffffffffffffL);
	}

	/** The histogram of an image over these bins, counted in parallel. */
	public int[] histogram(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final PixelBlocks pixels = PixelBlocks.of(image);
		if (greyValues) {
			final int[] histogram = new int[BINS];
			final long[] counts = pixels.histogram();
			for (int b = 0; b < BINS; b++)
				histogram[b] = Math.toIntExact(counts[b]);
			return histogram;
		}
		final List<long[]> parts = histograms(pixels);
		final int[] histogram = new int[BINS];
		for (final long[] counts : parts)
			for (int b = 0; b < BINS; b++)
				histogram[b] = Math.toIntExact(histogram[b] + counts[b]);
		return histogram;
	}

	/** The counts of each parallel range of blocks. */
	private List<long[]> histograms(final PixelBlocks pixels) {
		final List<long[]> parts = Collections.synchronizedList(new ArrayList<>());
		pixels.forEachRange((reader, first, end) -> {
			final long[] counts = new long[BINS];
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long k = first; k < end; k++) {
				final int n = reader.doubles(k, block);
				for (int i = 0; i < n; i++) {
					final int b = bin(block[i]);
					if (b >= 0) counts[b]++;
				}
			}
			parts.add(counts);
		});
		return parts;
	}
}
