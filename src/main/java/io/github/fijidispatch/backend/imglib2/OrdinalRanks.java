package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

/**
 * The distinct values of a float image in ascending order, when there are
 * few enough of them: each value can then be replaced by its ordinal rank (an
 * exact small integer) and a rank filter can run on the ranks with a
 * {@link HistogramWindow}, the result mapped back to the values bit for bit.
 * The order is that of {@link SortedWindow#key} (that of
 * {@link Float#compare}: −0 before +0). Images holding NaN are not ranked:
 * the NaN rule needs a window that counts NaN.
 */
final class OrdinalRanks {

	/** The most distinct values a 16-bit histogram can rank. */
	static final int MAX_DISTINCT = 1 << 16;

	private static final int EMPTY = Integer.MIN_VALUE; // NB: the key of no value that is not NaN

	/** An open-addressing hash set of the keys, 2 to 4 times as large as the most distinct values it may meet. */
	private final int[] table;
	private final int mask;
	private final int shift;
	private final int[] rankOfSlot;
	private final int[] sortedKeys;

	private OrdinalRanks(final int[] table, final int[] sortedKeys) {
		this.table = table;
		this.mask = table.length - 1;
		this.shift = Integer.numberOfLeadingZeros(mask);
		this.sortedKeys = sortedKeys;
		this.rankOfSlot = new int[table.length];
		for (int r = 0; r < sortedKeys.length; r++)
			rankOfSlot[slot(sortedKeys[r])] = r;
	}

	/** The ranks of {@code data}, or {@code null} when it holds NaN or more than {@link #MAX_DISTINCT} distinct values. */
	static OrdinalRanks of(final float[] data) {
		final int bound = Math.max(2, Math.min(data.length, MAX_DISTINCT));
		final int[] table = new int[Integer.highestOneBit(bound) * 4];
		Arrays.fill(table, EMPTY);
		final int mask = table.length - 1;
		final int shift = Integer.numberOfLeadingZeros(mask);
		final int[] distinct = new int[bound];
		int count = 0;
		for (final float v : data) {
			if (v != v) return null;
			final int key = SortedWindow.key(v);
			int s = hash(key, shift);
			while (table[s] != EMPTY && table[s] != key)
				s = (s + 1) & mask;
			if (table[s] == EMPTY) {
				if (count == bound) return null;
				table[s] = key;
				distinct[count++] = key;
			}
		}
		final int[] sorted = Arrays.copyOf(distinct, count);
		Arrays.sort(sorted);
		return new OrdinalRanks(table, sorted);
	}

	/** The number of bits a histogram of the ranks needs: 8 or 16. */
	int bits() {
		return sortedKeys.length <= 256 ? 8 : 16;
	}

	/** A new volume of the ranks of {@code values} (which must be the ranked data). */
	FloatVolume ranksOf(final FloatVolume values) {
		final FloatVolume ranks = FloatVolume.zeros(values.img().dimensionsAsLongArray());
		final float[] in = values.data();
		final float[] out = ranks.data();
		ParallelRanges.forEach(in.length, 1 << 16, (from, to) -> {
			for (int i = (int) from; i < to; i++)
				out[i] = rankOfSlot[slot(SortedWindow.key(in[i]))];
		});
		return ranks;
	}

	/** Replaces each rank in {@code ranks} by its value, in place. */
	void restoreValues(final FloatVolume ranks) {
		final float[] data = ranks.data();
		ParallelRanges.forEach(data.length, 1 << 16, (from, to) -> {
			for (int i = (int) from; i < to; i++)
				data[i] = SortedWindow.value(sortedKeys[(int) data[i]]);
		});
	}

	private int slot(final int key) {
		int s = hash(key, shift);
		while (table[s] != key)
			s = (s + 1) & mask;
		return s;
	}

	/** Fibonacci hashing: the top bits of the key times the golden ratio, {@code 32 − shift} of them. */
	private static int hash(final int key, final int shift) {
		return (key * 0x9E3779B9) >>> shift;
	}
}
