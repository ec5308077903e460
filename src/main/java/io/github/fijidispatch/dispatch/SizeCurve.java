package io.github.fijidispatch.dispatch;

import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

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

	private final NavigableMap<Integer, RecentMedian> buckets = new ConcurrentSkipListMap<>();

	/** The bucket of a pixel count: {@code round(log2(pixels))}, 0 for one pixel or fewer. */
	static int bucket(final long pixels) {
		return pixels <= 1 ? 0 : (int) Math.round(Math.log(pixels) / Math.log(2));
	}

	/**
	 * Adds a measured call of {@code pixels} pixels and {@code work} units of
	 * work that took {@code nanos}.
	 *
	 * @return whether its bucket's estimate appeared or moved by more than {@code tolerance} (relative)
	 */
	boolean add(final long pixels, final long work, final double nanos, final double tolerance) {
		return estimate(bucket(pixels)).addAndCheckMoved(nanos / Math.max(1, work), tolerance);
	}

	/** Seeds one bucket with a persisted cost per unit of work. */
	void seed(final int bucket, final double nsPerWork, final long samples) {
		estimate(bucket).seed(nsPerWork, samples);
	}

	private RecentMedian estimate(final int bucket) {
		return buckets.computeIfAbsent(bucket, b -> new RecentMedian());
	}

	boolean isEmpty() {
		return buckets.isEmpty();
	}

	/** Predicted nanoseconds per unit of work at this size; {@code NaN} when nothing is measured near it. */
	double nsPerWork(final long pixels) {
		final double x = pixels <= 1 ? 0 : Math.log(pixels) / Math.log(2);
		final Map.Entry<Integer, RecentMedian> below = buckets.floorEntry((int) Math.floor(x));
		final Map.Entry<Integer, RecentMedian> above = buckets.ceilingEntry((int) Math.ceil(x));
		if (below == null && above == null) return Double.NaN;
		if (below == null) return above.getKey() - x > MAX_EXTRAPOLATION ? Double.NaN : above.getValue().median();
		if (above == null) return x - below.getKey() > MAX_EXTRAPOLATION ? Double.NaN : below.getValue().median();
		if (above.getKey().equals(below.getKey())) return below.getValue().median();
		final double t = (x - below.getKey()) / (above.getKey() - below.getKey());
		return (1 - t) * below.getValue().median() + t * above.getValue().median();
	}

	/** The buckets with their estimates, in size order (for persistence). */
	NavigableMap<Integer, RecentMedian> buckets() {
		return buckets;
	}
}
