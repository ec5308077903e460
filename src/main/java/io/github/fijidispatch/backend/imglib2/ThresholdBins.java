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
final class ThresholdBins {

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
		if (kind == PixelKind.UINT8) return new ThresholdBins(0, 1, true);
		final ValueRange range = ValueRange.finiteOf(image);
		if (!(range.range() > 0)) return null;
		return new ThresholdBins(range.min(), BINS / range.range(), false);
	}

	/** The bin of a value; −1 for NaN. */
	int bin(final double v) {
		if (Double.isNaN(v)) return -1;
		final int b = (int) Math.floor((v - lowest) * binsPerUnit);
		return b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
	}

	/** The histogram of an image over these bins, counted in parallel. */
	int[] histogram(final RandomAccessibleInterval<? extends RealType<?>> image) {
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
