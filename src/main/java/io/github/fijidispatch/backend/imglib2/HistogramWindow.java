package io.github.fijidispatch.backend.imglib2;

/**
 * A multiset of integer values in {@code [offset, offset + 2^bits)} for rank
 * filters on integer images (uint8, uint16, ...). Up to 8 bits it is one
 * histogram of single values and a rank query walks a pointer over them from
 * the previous answer; beyond, a two-level histogram: fine bins of single
 * values and coarse bins of {@code 2^(bits/2)} values. Adding or removing a value is O(1). A rank query
 * walks a pointer over the coarse bins from the previous answer (Huang's
 * running median, as windows overlap the pointer moves little), then visits
 * the occupied fine bins of that coarse bin only (a bit set marks them). The values are exact integers stored as float,
 * as {@link FloatVolume} holds them; the answers equal those of a sorted
 * window. The window must be emptied (every added value removed) before
 * reuse on a new row: that is cheaper than clearing 2^bits bins.
 */
final class HistogramWindow implements RankWindow {

	private final int offset;
	private final int shift;
	private final int[] fine;
	private final int[] coarse;
	/** Bit {@code b} set when fine bin {@code b} is not empty. */
	private final long[] occupied;
	/** The coarse bin the last query ended in. */
	private int pointer;
	/** The number of values in the coarse bins below {@link #pointer}. */
	private int below;

	HistogramWindow(final int offset, final int bits) {
		this.offset = offset;
		// NB: up to 8 bits one level is enough: the pointer walks the values themselves
		this.shift = bits <= 8 ? 0 : (bits + 1) / 2;
		this.fine = new int[1 << bits];
		this.coarse = new int[((1 << bits) >> shift) + 1];
		this.occupied = new long[Math.max(1, (1 << bits) >> 6)];
	}

	/** Integer values only: never NaN. */
	@Override
	public int nanCount() {
		return 0;
	}

	@Override
	public void add(final float value) {
		final int bin = (int) value - offset;
		if (shift == 0) {
			coarse[bin]++;
			// NB: branch-free (bin < pointer ? 1 : 0): values fall on either side of the median unpredictably
			below += (bin - pointer) >>> 31;
			return;
		}
		if (fine[bin]++ == 0) occupied[bin >> 6] |= 1L << bin;
		final int c = bin >> shift;
		coarse[c]++;
		below += (c - pointer) >>> 31;
	}

	@Override
	public void remove(final float value) {
		final int bin = (int) value - offset;
		if (shift == 0) {
			coarse[bin]--;
			below -= (bin - pointer) >>> 31;
			return;
		}
		if (--fine[bin] == 0) occupied[bin >> 6] &= ~(1L << bin);
		final int c = bin >> shift;
		coarse[c]--;
		below -= (c - pointer) >>> 31;
	}

	@Override
	public void replace(final float leaving, final float entering) {
		if (leaving == entering) return;
		remove(leaving);
		add(entering);
	}

	@Override
	public float get(final int rank) {
		while (below > rank)
			below -= coarse[--pointer];
		while (below + coarse[pointer] <= rank)
			below += coarse[pointer++];
		if (shift == 0) return pointer + offset;
		final int first = pointer << shift;
		int word = first >> 6;
		long bits = occupied[word] & (-1L << first);
		int seen = below;
		while (true) {
			while (bits == 0)
				bits = occupied[++word];
			final int bin = (word << 6) + Long.numberOfTrailingZeros(bits);
			seen += fine[bin];
			if (seen > rank) return bin + offset;
			bits &= bits - 1;
		}
	}
}
