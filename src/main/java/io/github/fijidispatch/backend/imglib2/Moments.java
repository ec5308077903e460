package io.github.fijidispatch.backend.imglib2;

/**
 * Count, sum, mean, sum of squared deviations, min and max of a stream of
 * values, in double; two partial results merge exactly (Chan, Golub and
 * LeVeque's pairwise update), so parallel chunks combine without a second
 * pass. Mutable; one per thread.
 */
final class Moments {

	private long count;
	private double sum;
	private double mean;
	private double squaredDeviations;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;

	/** Adds one value (Welford's update). */
	void add(final double v) {
		count++;
		sum += v;
		final double delta = v - mean;
		mean += delta / count;
		squaredDeviations += delta * (v - mean);
		if (v < min) min = v;
		if (v > max) max = v;
	}

	/**
	 * Adds {@code values[0..n)}: count, sum, min, max and mean in one pass, the
	 * squared deviations from that mean in a second pass over the block, then
	 * merged like a partial result.
	 */
	void addAll(final double[] values, final int n) {
		if (n == 0) return;
		double s = 0;
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			final double v = values[i];
			s += v;
			if (v < lo) lo = v;
			if (v > hi) hi = v;
		}
		final double m = s / n;
		double sq = 0;
		for (int i = 0; i < n; i++) {
			final double d = values[i] - m;
			sq += d * d;
		}
		final Moments block = new Moments();
		block.count = n;
		block.sum = s;
		block.mean = m;
		block.squaredDeviations = sq;
		block.min = lo;
		block.max = hi;
		merge(block);
	}

	/** Adds {@code count} copies of {@code v} (a histogram bin). */
	void addRepeated(final double v, final long count) {
		if (count == 0) return;
		final Moments bin = new Moments();
		bin.count = count;
		bin.sum = v * count;
		bin.mean = v;
		bin.min = v;
		bin.max = v;
		merge(bin);
	}

	/** Adds another partial result to this one. */
	void merge(final Moments other) {
		if (other.count == 0) return;
		if (count == 0) {
			count = other.count;
			sum = other.sum;
			mean = other.mean;
			squaredDeviations = other.squaredDeviations;
			min = other.min;
			max = other.max;
			return;
		}
		final long n = count + other.count;
		final double delta = other.mean - mean;
		squaredDeviations += other.squaredDeviations + delta * delta * ((double) count * other.count / n);
		mean += delta * other.count / n;
		sum += other.sum;
		count = n;
		min = Math.min(min, other.min);
		max = Math.max(max, other.max);
	}

	long count() {
		return count;
	}

	double sum() {
		return sum;
	}

	double mean() {
		return count == 0 ? Double.NaN : mean;
	}

	/** The population standard deviation. */
	double stddev() {
		return count == 0 ? Double.NaN : Math.sqrt(squaredDeviations / count);
	}

	double min() {
		return count == 0 ? Double.NaN : min;
	}

	double max() {
		return count == 0 ? Double.NaN : max;
	}
}
