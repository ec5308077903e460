package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.op.threshold.AutoThresholdOp;

/**
 * The 256 bins of {@code threshold.auto} as float edges: bin {@code b} holds
 * the values {@code v} with {@code edge(b) ≤ v < edge(b + 1)}, where
 * {@code edge(b)} is the smallest float whose contract bin
 * ({@code min(255, floor((v − lowest) · 256 / range))}, in double, 0 below) is
 * at least {@code b}. Comparing float pixels with these edges on the device
 * reproduces the contract's double-precision binning exactly.
 */
final class Clij2ThresholdEdges {

	private static final int BINS = AutoThresholdOp.BINS;

	private final double lowest;
	private final double binsPerUnit;
	private final float[] edges = new float[BINS + 1];

	/** Bins of width {@code range / 256} from {@code lowest} (uint8: 0 and 256, the grey values). */
	Clij2ThresholdEdges(final double lowest, final double range) {
		this.lowest = lowest;
		this.binsPerUnit = BINS / range;
		edges[0] = Float.NEGATIVE_INFINITY;
		edges[BINS] = Float.POSITIVE_INFINITY;
		for (int b = 1; b < BINS; b++)
			edges[b] = smallestInBinAtLeast(b, lowest, lowest + range);
	}

	/** The 257 edges, {@code -inf} first and {@code +inf} last. */
	float[] edges() {
		return edges.clone();
	}

	/** The smallest float with a bin ≥ {@code level + 1}: the mask is {@code pixel ≥ it}. */
	float above(final int level) {
		return edges[level + 1];
	}

	/** The contract's bin of a value (NaN aside). */
	int bin(final double v) {
		final int b = (int) Math.floor((v - lowest) * binsPerUnit);
		return b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
	}

	/** Binary search over the ordered floats between {@code lo} and {@code hi} (bin is monotone in v). */
	private float smallestInBinAtLeast(final int b, final double lo, final double hi) {
		// NB: just below lowest the bin is 0 < b; at lowest + range it is 255 ≥ b.
		int below = ordered(Math.nextDown((float) lo));
		int atOrAbove = ordered(Math.nextUp((float) hi));
		while ((long) atOrAbove - below > 1) {
			final int mid = (int) (((long) below + atOrAbove) >> 1);
			if (bin(value(mid)) >= b) atOrAbove = mid;
			else below = mid;
		}
		return value(atOrAbove);
	}

	/** Floats as ints in the same order (negative floats mirrored). */
	private static int ordered(final float f) {
		final int bits = Float.floatToIntBits(f);
		return bits < 0 ? Integer.MIN_VALUE - bits : bits;
	}

	private static float value(final int ordered) {
		return Float.intBitsToFloat(ordered < 0 ? Integer.MIN_VALUE - ordered : ordered);
	}
}
