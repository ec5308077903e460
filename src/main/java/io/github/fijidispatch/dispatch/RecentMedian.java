package io.github.fijidispatch.dispatch;

import java.util.Arrays;

/**
 * A running estimate robust to the odd slow run on a shared machine: the
 * median of the most recent samples (a bounded ring). Thread-safe.
 */
final class RecentMedian {

	/** How many recent samples the median is taken over. */
	static final int CAPACITY = 9;

	private final double[] ring = new double[CAPACITY];
	private int size;
	private int next;
	private long total;
	/** The median of the ring, kept until the next sample ({@code NaN}: to be computed). */
	private double median = Double.NaN;

	/** Adds one sample; the oldest drops out once the ring is full. Non-finite or negative samples are ignored. */
	synchronized void add(final double value) {
		if (!(value >= 0) || Double.isInfinite(value)) return;
		ring[next] = value;
		next = (next + 1) % CAPACITY;
		if (size < CAPACITY) size++;
		total++;
		median = Double.NaN;
	}

	/**
	 * Seeds the estimate with a persisted value that stood for {@code samples}
	 * measurements: it enters as up to half the ring, so new measurements
	 * take over after a few calls.
	 */
	synchronized void seed(final double value, final long samples) {
		final long copies = Math.max(1, Math.min(CAPACITY / 2, samples));
		for (int i = 0; i < copies; i++)
			add(value);
		total = Math.max(total, samples);
	}

	/** The median of the recent samples, {@code NaN} when there are none. */
	synchronized double median() {
		if (size == 0 || !Double.isNaN(median)) return median;
		final double[] sorted = Arrays.copyOf(ring, size);
		Arrays.sort(sorted);
		median = size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
		return median;
	}

	/** Every sample ever added (or stood for by a seed). */
	synchronized long samples() {
		return total;
	}
}
