package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

/**
 * Which of a few slots holds what a row filter derived from an input row (its prefix sums, its differences), by the
 * row's index in the volume, the least recently used slot reused first: a row is derived once while the output rows
 * near it are computed. A row without an index ({@code −1}) is never found, so it is derived every time. Not
 * thread-safe: one per filter, as {@link RowSweep} gives each task its own.
 */
final class RowSlots {

	private final int[] ids;
	private final long[] lastUse;
	private long clock;

	RowSlots(final int capacity) {
		ids = new int[capacity];
		Arrays.fill(ids, -1);
		lastUse = new long[capacity];
	}

	/**
	 * The slot of row {@code id}: its {@code index}, or {@code −1 − slot} when the row was not held and that slot
	 * (the least recently used) is now its own, for the caller to fill.
	 */
	int slotOf(final int id) {
		int oldest = 0;
		for (int s = 0; s < ids.length; s++) {
			if (id >= 0 && ids[s] == id) {
				lastUse[s] = ++clock;
				return s;
			}
			if (lastUse[s] < lastUse[oldest]) oldest = s;
		}
		ids[oldest] = id;
		lastUse[oldest] = ++clock;
		return -1 - oldest;
	}
}
