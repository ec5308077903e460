package io.github.fijidispatch.dispatch;


/**
 * A running estimate robust to the odd slow run on a shared machine: the
 * median of the most recent samples (a bounded ring). Thread-safe.
 */
final class RecentMedian {

	/** How many recent samples the median is taken over. */
	static final int CAPACITY = 9;

	private final double[] ring = new double[CAPACITY];
	/** The same samples, kept sorted as they come and go: the median is read, not computed. */
	private final double[] sorted = new double[CAPACITY];
	private int size;
	private int next;
	private long total;
	/** The median when {@link #addAndCheckMoved} last said it moved; {@code NaN} before. */
	private double reported = Double.NaN;

	/** Adds one sample; the oldest drops out once the ring is full. Non-finite or negative samples are ignored. */
	synchronized void add(final double value) {
		insert(value);
	}

	/** {@link #add}'s work, the lock held. NB: one lock per observed call, not one per step (every call observes). */
	private void insert(final double value) {
		if (!(value >= 0) || Double.isInfinite(value)) return;
		if (size == CAPACITY) removeSorted(ring[next]);
		else size++;
		insertSorted(value);
		ring[next] = value;
		next = (next + 1) % CAPACITY;
		total++;
	}

	/**
	 * Adds one sample, as {@link #add}, and says whether the median has moved
	 * by more than {@code tolerance} (relative) from the median this method
	 * last reported as moved (or whether this is the first median): cost-model
	 * versions change on such moves only, so that noise of a few percent does
	 * not make every call plan afresh, while drift adds up and is reported.
	 */
	synchronized boolean addAndCheckMoved(final double value, final double tolerance) {
		return addAndCheckMoved(value, tolerance, 0);
	}

	/**
	 * As {@link #addAndCheckMoved(double, double)}, where a move must also be larger than {@code leastMove} (in the
	 * samples' unit) to count: a move too small to matter to anyone who plans on the estimate is not reported,
	 * however large it is relative to a tiny estimate.
	 */
	synchronized boolean addAndCheckMoved(final double value, final double tolerance, final double leastMove) {
		insert(value);
		final double m = currentMedian();
		if (Double.isNaN(m)) return false;
		if (!Double.isNaN(reported)) {
			final double move = Math.abs(m - reported);
			if (move <= tolerance * reported || move <= leastMove) return false;
		}
		reported = m;
		return true;
	}

	/** Inserts into {@code sorted[0..size−1)}, which becomes {@code sorted[0..size)}. */
	private void insertSorted(final double value) {
		int i = size - 1;
		while (i > 0 && sorted[i - 1] > value) {
			sorted[i] = sorted[i - 1];
			i--;
		}
		sorted[i] = value;
	}

	/** Removes one copy of {@code value} from {@code sorted[0..size)}, leaving {@code sorted[0..size−1)}. */
	private void removeSorted(final double value) {
		int i = 0;
		while (sorted[i] != value)
			i++;
		System.arraycopy(sorted, i + 1, sorted, i, size - 1 - i);
	}

	/**
	 * Seeds the estimate with a persisted value that stood for {@code samples}
	 * measurements: it enters as up to half the ring, so new measurements
	 * take over after a few calls.
	 */
	synchronized void seed(final double value, final long samples) {
		final long copies = Math.max(1, Math.min(CAPACITY / 2, samples));
		for (int i = 0; i < copies; i++)
			insert(value);
		total = Math.max(total, samples);
	}

	/** The median of the recent samples, {@code NaN} when there are none. */
	synchronized double median() {
		return currentMedian();
	}

	private double currentMedian() {
		if (size == 0) return Double.NaN;
		return size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
	}

	/** Every sample ever added (or stood for by a seed). */
	synchronized long samples() {
		return total;
	}
}
