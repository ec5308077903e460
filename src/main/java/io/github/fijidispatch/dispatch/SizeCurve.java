package io.github.fijidispatch.dispatch;

import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Compute cost of one op on one backend as a function of image size:
 * nanoseconds per unit of work ({@link io.github.fijidispatch.backend.OpImplementation#work})
 * per size bucket (bucket = log2 of the pixel count, rounded), each a
 * {@link RecentMedian}. Buckets go by pixels, not work, so that one
 * measurement at a radius predicts another radius at the same size through
 * the work. Between measured buckets the cost per unit is interpolated
 * linearly in log2(size); outside them the nearest measured bucket's cost per
 * unit applies up to {@value #MAX_EXTRAPOLATION} buckets away (a factor of 4
 * in size), and nothing is predicted further out: the cost per pixel of a
 * tiny image is mostly fixed overhead and says little about a large one.
 * Thread-safe.
 */
final class SizeCurve {

	/** How many buckets beyond the measured ones an estimate still applies. */
	static final int MAX_EXTRAPOLATION = 2;

	/** The largest bucket: {@code round(log2(Long.MAX_VALUE))}. */
	static final int MAX_BUCKET = 63;

	// NB: read for every candidate of every call and written after every call: an array indexed by bucket, no map.
	private final AtomicReferenceArray<RecentMedian> buckets = new AtomicReferenceArray<>(MAX_BUCKET + 1);

	/**
	 * Per {@code f}: the smallest pixel count whose log2 rounds up from {@code f}
	 * to {@code f + 1}, i.e. the first count ≥ 2^(f + ½).
	 */
	private static final long[] ROUNDS_UP = new long[MAX_BUCKET];

	static {
		for (int f = 0; f < MAX_BUCKET; f++)
			ROUNDS_UP[f] = (long) Math.ceil(Math.scalb(Math.sqrt(2), f));
	}

	/**
	 * The bucket of a pixel count: {@code round(log2(pixels))}, 0 for one pixel
	 * or fewer. NB: from the highest bit and one comparison, no logarithm: it is
	 * worked out after every call.
	 */
	static int bucket(final long pixels) {
		if (pixels <= 1) return 0;
		final int floor = 63 - Long.numberOfLeadingZeros(pixels);
		return pixels >= ROUNDS_UP[floor] ? floor + 1 : floor;
	}

	/**
	 * Adds a measured call of {@code pixels} pixels and {@code work} units of
	 * work that took {@code nanos}.
	 *
	 * @return whether its bucket's estimate appeared or moved by more than {@code tolerance} (relative)
	 */
	boolean add(final long pixels, final long work, final double nanos, final double tolerance) {
		return add(pixels, work, nanos, tolerance, 0);
	}

	/**
	 * As {@link #add(long, long, double, double)}, where a move must also change this call's predicted time by more
	 * than {@code leastMoveNanos} to count.
	 */
	boolean add(final long pixels, final long work, final double nanos, final double tolerance,
		final double leastMoveNanos)
	{
		final long units = Math.max(1, work);
		return estimate(bucket(pixels)).addAndCheckMoved(nanos / units, tolerance, leastMoveNanos / units);
	}

	/**
	 * Seeds one bucket with a persisted cost per unit of work.
	 *
	 * @throws IllegalArgumentException for a bucket outside 0–{@value #MAX_BUCKET}
	 */
	void seed(final int bucket, final double nsPerWork, final long samples) {
		if (bucket < 0 || bucket > MAX_BUCKET) throw new IllegalArgumentException("bucket must be a whole number from 0 to " +
			MAX_BUCKET + " (log2 of a pixel count), not " + bucket);
		estimate(bucket).seed(nsPerWork, samples);
	}

	private RecentMedian estimate(final int bucket) {
		final RecentMedian known = buckets.get(bucket);
		if (known != null) return known;
		final RecentMedian fresh = new RecentMedian();
		return buckets.compareAndSet(bucket, null, fresh) ? fresh : buckets.get(bucket);
	}

	boolean isEmpty() {
		for (int b = 0; b <= MAX_BUCKET; b++)
			if (buckets.get(b) != null) return false;
		return true;
	}

	/** Predicted nanoseconds per unit of work at this size; {@code NaN} when nothing is measured near it. */
	double nsPerWork(final long pixels) {
		final double x = pixels <= 1 ? 0 : Math.log(pixels) / Math.log(2);
		int below = Math.min(MAX_BUCKET, (int) Math.floor(x));
		while (below >= 0 && buckets.get(below) == null)
			below--;
		int above = Math.min(MAX_BUCKET + 1, (int) Math.ceil(x));
		while (above <= MAX_BUCKET && buckets.get(above) == null)
			above++;
		final RecentMedian low = below < 0 ? null : buckets.get(below);
		final RecentMedian high = above > MAX_BUCKET ? null : buckets.get(above);
		if (low == null && high == null) return Double.NaN;
		if (low == null) return above - x > MAX_EXTRAPOLATION ? Double.NaN : high.median();
		if (high == null) return x - below > MAX_EXTRAPOLATION ? Double.NaN : low.median();
		if (above == below) return low.median();
		final double t = (x - below) / (above - below);
		return (1 - t) * low.median() + t * high.median();
	}

	/** The buckets with their estimates, in size order (for persistence): a copy. */
	NavigableMap<Integer, RecentMedian> buckets() {
		final NavigableMap<Integer, RecentMedian> out = new TreeMap<>();
		for (int b = 0; b <= MAX_BUCKET; b++) {
			final RecentMedian m = buckets.get(b);
			if (m != null) out.put(b, m);
		}
		return out;
	}
}
