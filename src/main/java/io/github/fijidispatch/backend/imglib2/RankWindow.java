package io.github.fijidispatch.backend.imglib2;

/**
 * The values of a sliding neighbourhood, as a multiset that answers rank
 * queries: what a median filter keeps along a row. {@link SortedWindow} holds
 * any float values; {@link HistogramWindow} holds integer values in a bounded
 * range, faster.
 */
interface RankWindow {

	void add(float value);

	/** Removes one copy of {@code value}, which must be present. */
	void remove(float value);

	/** Removes one copy of {@code leaving} (which must be present) and adds {@code entering}. */
	void replace(float leaving, float entering);

	/** The value of rank {@code rank} (0-based, ascending; NaN ranks above every other value). */
	float get(int rank);

	/** How many of the values held are NaN (they hold the top ranks). */
	int nanCount();
}
