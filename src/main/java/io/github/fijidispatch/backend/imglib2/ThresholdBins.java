package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;

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
	/** How many pixels hold each value, by index ({@link PixelArrays#isIndexed} kinds); {@code null}: not counted. */
	private final long[] valueCounts;
	private final PixelArrays arrays;

	private ThresholdBins(final double lowest, final double binsPerUnit, final boolean greyValues,
		final long[] valueCounts, final PixelArrays arrays)
	{
		this.lowest = lowest;
		this.binsPerUnit = binsPerUnit;
		this.greyValues = greyValues;
		this.valueCounts = valueCounts;
		this.arrays = arrays;
	}

	/**
	 * The bins for an image, or {@code null} when it has a single value (or
	 * none): no threshold exists. Images of integer kinds up to 16 bits are
	 * read once: their values' histogram gives both the range and the bins'
	 * counts; other images are read twice, for the range, then the bins.
	 */
	static ThresholdBins of(final RandomAccessibleInterval<? extends RealType<?>> image, final PixelKind kind) {
		final PixelBlocks pixels = PixelBlocks.of(image);
		final PixelArrays arrays = pixels.arrays();
		// NB: a table of every value pays only when the image has as many pixels (uint8: always)
		if (arrays.isIndexed() && (kind == PixelKind.UINT8 || pixels.size() >= arrays.entries())) {
			final long[] counts = pixels.histogram();
			if (kind == PixelKind.UINT8) return new ThresholdBins(0, 1, true, counts, arrays);
			int lo = 0;
			while (lo < counts.length && counts[lo] == 0)
				lo++;
			int hi = counts.length - 1;
			while (hi > lo && counts[hi] == 0)
				hi--;
			if (hi <= lo) return null;
			final double min = arrays.valueOf(lo);
			return new ThresholdBins(min, BINS / (arrays.valueOf(hi) - min), false, counts, arrays);
		}
		final ValueRange range = ValueRange.finiteOf(image);
		if (!(range.range() > 0)) return null;
		return new ThresholdBins(range.min(), BINS / range.range(), false, null, arrays);
	}

	/**
	 * The bins for an image of this kind whose finite values span
	 * {@code [min, max]} (e.g. merged from blocks; ignored for uint8), or
	 * {@code null} when that range is empty or a single value.
	 */
	public static ThresholdBins overRange(final PixelKind kind, final double min, final double max) {
		if (kind == PixelKind.UINT8) return new ThresholdBins(0, 1, true, null, null);
		final double range = max - min;
		if (!(range > 0)) return null;
		return new ThresholdBins(min, BINS / range, false, null, null);
	}

	/** The bin of a value; −1 for NaN. */
	int bin(final double v) {
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

	/**
	 * The histogram of an image (the one these bins were made for, or any image when they were made
	 * {@link #overRange over a range}) over these
	 * bins: from the values' counts where they were taken, else counted in
	 * parallel.
	 */
	public int[] histogram(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final int[] histogram = new int[BINS];
		if (valueCounts != null) {
			for (int i = 0; i < valueCounts.length; i++)
				if (valueCounts[i] > 0) {
					final int b = greyValues ? i : bin(arrays.valueOf(i));
					histogram[b] = Math.toIntExact(histogram[b] + valueCounts[i]);
				}
			return histogram;
		}
		for (final long[] counts : histograms(PixelBlocks.of(image)))
			for (int b = 0; b < BINS; b++)
				histogram[b] = Math.toIntExact(histogram[b] + counts[b]);
		return histogram;
	}

	/**
	 * A new mask (uint8, 0 and 255) of the pixels whose bin is above
	 * {@code level} ({@code 0 ≤ level < 256}). Images of integer kinds up to 16
	 * bits look each value's answer up ({@link Masks#where}); other images
	 * compare the scaled value itself, {@code (v − min) · 256 / (max − min) ≥ level + 1},
	 * which is the same test for every value (floor of x ≥ an integer n exactly
	 * when x ≥ n; NaN fails it, ±Inf fall in bins 255 and 0 as {@link #bin}
	 * says), in a plain loop over blocks.
	 */
	Img<UnsignedByteType> mask(final RandomAccessibleInterval<? extends RealType<?>> image, final int level) {
		if (greyValues || valueCounts != null || level >= BINS - 1) return Masks.where(image, v -> bin(v) > level);
		final double from = lowest;
		final double scale = binsPerUnit;
		final double above = level + 1;
		return Masks.ofBlocks(image, (values, n, out, at) -> {
			for (int i = 0; i < n; i++)
				out[at + i] = (values[i] - from) * scale >= above ? (byte) Masks.FOREGROUND : 0;
		});
	}

	/**
	 * The counts of each parallel range of blocks: float32 blocks as stored,
	 * others read as doubles, counted by {@link #count}.
	 */
	private List<long[]> histograms(final PixelBlocks pixels) {
		final List<long[]> parts = Collections.synchronizedList(new ArrayList<>());
		final boolean floats = pixels.kind() == PixelKind.FLOAT32;
		pixels.forEachRange((reader, first, end) -> {
			final long[][] lanes = new long[LANES][BINS + 1];
			final double[] block = floats ? null : new double[(int) Math.min(PixelBlocks.BLOCK, pixels.size())];
			for (long k = first; k < end; k++) {
				if (floats) {
					final int n = reader.load(k);
					count((float[]) reader.array(), reader.offset(), n, lanes);
				}
				else count(block, reader.doubles(k, block), lanes);
			}
			final long[] counts = new long[BINS];
			for (final long[] lane : lanes)
				for (int b = 0; b < BINS; b++)
					counts[b] += lane[b];
			parts.add(counts);
		});
		return parts;
	}

	/**
	 * Count tables per range: value {@code i} of a block is counted in lane
	 * {@code i % LANES}, so that runs of one bin (an image's background) do not
	 * wait on each other's increments.
	 */
	private static final int LANES = 4;

	/**
	 * Counts {@code values[from..from + n)} by {@link #bin} into
	 * {@code lanes} ({@link #LANES} tables of {@code BINS + 1} counts, the
	 * last for NaN), without branches: for {@code x = (v − lowest) · binsPerUnit}
	 * the cast {@code (int) x} clamped to [0, 255] is {@code floor(x)} clamped
	 * (they differ only below 0 and from 2³¹ on, where both clamp alike), and a
	 * NaN value is sent to the NaN count.
	 */
	private void count(final float[] values, final int from, final int n, final long[][] lanes) {
		final long[] c0 = lanes[0], c1 = lanes[1], c2 = lanes[2], c3 = lanes[3];
		final int end = from + n;
		final int end4 = from + (n & ~3);
		for (int i = from; i < end4; i += 4) {
			c0[binOrNaN(values[i])]++;
			c1[binOrNaN(values[i + 1])]++;
			c2[binOrNaN(values[i + 2])]++;
			c3[binOrNaN(values[i + 3])]++;
		}
		for (int i = end4; i < end; i++)
			c0[binOrNaN(values[i])]++;
	}

	/** {@link #count(float[], int, int, long[][])} for {@code values[0..n)} read as doubles. */
	private void count(final double[] values, final int n, final long[][] lanes) {
		final long[] c0 = lanes[0], c1 = lanes[1], c2 = lanes[2], c3 = lanes[3];
		final int end4 = n & ~3;
		for (int i = 0; i < end4; i += 4) {
			c0[binOrNaN(values[i])]++;
			c1[binOrNaN(values[i + 1])]++;
			c2[binOrNaN(values[i + 2])]++;
			c3[binOrNaN(values[i + 3])]++;
		}
		for (int i = end4; i < n; i++)
			c0[binOrNaN(values[i])]++;
	}

	/** {@link #bin}, with {@code BINS} for NaN (see {@link #count(float[], int, int, long[][])}). */
	private int binOrNaN(final double v) {
		final int b = (int) ((v - lowest) * binsPerUnit);
		final int clamped = b < 0 ? 0 : b > BINS - 1 ? BINS - 1 : b;
		return v != v ? BINS : clamped;
	}
}
