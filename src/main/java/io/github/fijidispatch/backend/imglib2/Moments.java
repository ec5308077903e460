package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;

/**
 * Count, sum, mean, sum of squared deviations, min and max of a stream of
 * values, in double; two partial results merge exactly (Chan, Golub and
 * LeVeque's pairwise update), so parallel chunks combine without a second
 * pass. NaN is no data: it is counted apart ({@link #nanCount}) and adds to
 * nothing else. Infinities are ordinary values for min and max and take part
 * in the plain sum as IEEE arithmetic says; the running mean and deviations
 * cannot hold them (∞ − ∞ inside an update), so with an infinite sum the mean
 * is {@code sum / count} and the standard deviation NaN, what the definitions
 * give in IEEE arithmetic. Mutable; one per thread. The block engine merges
 * the {@code measure.stats} rows of blocks with it ({@link #ofRow}, {@link #merge}).
 */
public final class Moments {

	private long count;
	private long nanCount;
	private double sum;
	private double mean;
	private double squaredDeviations;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;

	/** Adds one value (Welford's update). */
	void add(final double v) {
		if (v != v) {
			nanCount++;
			return;
		}
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
		int nan = 0;
		for (int i = 0; i < n; i++) {
			final double v = values[i];
			if (v != v) {
				nan++;
				continue;
			}
			s += v;
			if (v < lo) lo = v;
			if (v > hi) hi = v;
		}
		nanCount += nan;
		final int valid = n - nan;
		if (valid == 0) return;
		final double m = s / valid;
		double sq = 0;
		for (int i = 0; i < n; i++) {
			final double d = values[i] - m;
			// NB: NaN − m is NaN, and NaN is skipped
			if (d == d) sq += d * d;
		}
		final Moments block = new Moments();
		block.count = valid;
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

	/** The moments a {@code measure.stats} table row states (its stddev gives the squared deviations back). */
	public static Moments ofRow(final ResultTable stats, final int row) {
		final Moments m = new Moments();
		m.nanCount = (long) stats.get(row, "nan_count");
		m.count = (long) stats.get(row, "count");
		if (m.count == 0) return m;
		m.sum = stats.get(row, "sum");
		m.mean = stats.get(row, "mean");
		final double sd = stats.get(row, "stddev");
		m.squaredDeviations = sd * sd * m.count;
		m.min = stats.get(row, "min");
		m.max = stats.get(row, "max");
		return m;
	}

	/** The {@code measure.stats} table of these moments. */
	public ResultTable table() {
		return new ResultTable(StatsOp.COLUMNS).addRow(min(), max(), mean(), sum(), stddev(), count(), nanCount());
	}

	/** Adds another partial result to this one. */
	public void merge(final Moments other) {
		nanCount += other.nanCount;
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

	/** The values added that are not NaN. */
	long count() {
		return count;
	}

	/** The NaN values added. */
	long nanCount() {
		return nanCount;
	}

	/** The sum of the values that are not NaN; NaN when there are none. */
	double sum() {
		return count == 0 ? Double.NaN : sum;
	}

	double mean() {
		if (count == 0) return Double.NaN;
		return Double.isInfinite(sum) || sum != sum ? sum / count : mean;
	}

	/** The population standard deviation; NaN with an infinite value ((∞ − mean)² has none). */
	double stddev() {
		if (count == 0 || Double.isInfinite(sum) || sum != sum) return Double.NaN;
		return Math.sqrt(squaredDeviations / count);
	}

	double min() {
		return count == 0 ? Double.NaN : min;
	}

	double max() {
		return count == 0 ? Double.NaN : max;
	}
}
