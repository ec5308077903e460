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
	 * Adds {@code values[0..n)}: the {@link #addFinite(double[], int, int) fast
	 * block} when it applies, else count, sum, min, max and mean in one pass
	 * that leaves NaN out, the squared deviations from that mean in a second
	 * pass over the block, then merged like a partial result.
	 */
	void addAll(final double[] values, final int n) {
		if (n == 0 || addFinite(values, 0, n)) return;
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
		mergeBlock(valid, s, m, sq, lo, hi);
	}

	/**
	 * Adds the block {@code values[from..from + n)} when its sum is not NaN
	 * (no NaN value, and not both infinities), in two branch-free passes with
	 * four independent sums, minima and maxima each (the JIT keeps them in
	 * registers and overlaps them); returns {@code false}, adding nothing,
	 * otherwise: the caller adds that block with {@link #addAll}, which counts
	 * the NaN values apart. The sums are added in a fixed order (lane by lane,
	 * then the lanes pairwise), so the result depends only on the values.
	 */
	boolean addFinite(final double[] values, final int from, final int n) {
		if (n == 0) return true;
		double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		double lo0 = Double.POSITIVE_INFINITY, lo1 = lo0, lo2 = lo0, lo3 = lo0;
		double hi0 = Double.NEGATIVE_INFINITY, hi1 = hi0, hi2 = hi0, hi3 = hi0;
		final int end = from + n;
		final int end4 = from + (n & ~3);
		for (int i = from; i < end4; i += 4) {
			final double a = values[i], b = values[i + 1], c = values[i + 2], d = values[i + 3];
			s0 += a;
			s1 += b;
			s2 += c;
			s3 += d;
			lo0 = a < lo0 ? a : lo0;
			lo1 = b < lo1 ? b : lo1;
			lo2 = c < lo2 ? c : lo2;
			lo3 = d < lo3 ? d : lo3;
			hi0 = a > hi0 ? a : hi0;
			hi1 = b > hi1 ? b : hi1;
			hi2 = c > hi2 ? c : hi2;
			hi3 = d > hi3 ? d : hi3;
		}
		for (int i = end4; i < end; i++) {
			final double a = values[i];
			s0 += a;
			lo0 = a < lo0 ? a : lo0;
			hi0 = a > hi0 ? a : hi0;
		}
		final double s = (s0 + s1) + (s2 + s3);
		if (s != s) return false;
		final double m = s / n;
		double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
		for (int i = from; i < end4; i += 4) {
			final double a = values[i] - m, b = values[i + 1] - m, c = values[i + 2] - m, d = values[i + 3] - m;
			q0 += a * a;
			q1 += b * b;
			q2 += c * c;
			q3 += d * d;
		}
		for (int i = end4; i < end; i++) {
			final double a = values[i] - m;
			q0 += a * a;
		}
		mergeBlock(n, s, m, (q0 + q1) + (q2 + q3), min(lo0, lo1, lo2, lo3), max(hi0, hi1, hi2, hi3));
		return true;
	}

	/**
	 * {@link #addFinite(double[], int, int)} for a block of float32 values as
	 * stored (each read as the double it is exactly): no copy into doubles.
	 */
	boolean addFinite(final float[] values, final int from, final int n) {
		if (n == 0) return true;
		double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		double lo0 = Double.POSITIVE_INFINITY, lo1 = lo0, lo2 = lo0, lo3 = lo0;
		double hi0 = Double.NEGATIVE_INFINITY, hi1 = hi0, hi2 = hi0, hi3 = hi0;
		final int end = from + n;
		final int end4 = from + (n & ~3);
		for (int i = from; i < end4; i += 4) {
			final double a = values[i], b = values[i + 1], c = values[i + 2], d = values[i + 3];
			s0 += a;
			s1 += b;
			s2 += c;
			s3 += d;
			lo0 = a < lo0 ? a : lo0;
			lo1 = b < lo1 ? b : lo1;
			lo2 = c < lo2 ? c : lo2;
			lo3 = d < lo3 ? d : lo3;
			hi0 = a > hi0 ? a : hi0;
			hi1 = b > hi1 ? b : hi1;
			hi2 = c > hi2 ? c : hi2;
			hi3 = d > hi3 ? d : hi3;
		}
		for (int i = end4; i < end; i++) {
			final double a = values[i];
			s0 += a;
			lo0 = a < lo0 ? a : lo0;
			hi0 = a > hi0 ? a : hi0;
		}
		final double s = (s0 + s1) + (s2 + s3);
		if (s != s) return false;
		final double m = s / n;
		double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
		for (int i = from; i < end4; i += 4) {
			final double a = values[i] - m, b = values[i + 1] - m, c = values[i + 2] - m, d = values[i + 3] - m;
			q0 += a * a;
			q1 += b * b;
			q2 += c * c;
			q3 += d * d;
		}
		for (int i = end4; i < end; i++) {
			final double a = values[i] - m;
			q0 += a * a;
		}
		mergeBlock(n, s, m, (q0 + q1) + (q2 + q3), min(lo0, lo1, lo2, lo3), max(hi0, hi1, hi2, hi3));
		return true;
	}

	/** NB: none is NaN; {@link Math#min} as {@link #merge} takes it (−0 below 0). */
	private static double min(final double a, final double b, final double c, final double d) {
		return Math.min(Math.min(a, b), Math.min(c, d));
	}

	private static double max(final double a, final double b, final double c, final double d) {
		return Math.max(Math.max(a, b), Math.max(c, d));
	}

	/** Merges the moments of a block of {@code count} values (at least one, none NaN). */
	private void mergeBlock(final long count, final double sum, final double mean, final double squaredDeviations,
		final double min, final double max)
	{
		final Moments block = new Moments();
		block.count = count;
		block.sum = sum;
		block.mean = mean;
		block.squaredDeviations = squaredDeviations;
		block.min = min;
		block.max = max;
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
