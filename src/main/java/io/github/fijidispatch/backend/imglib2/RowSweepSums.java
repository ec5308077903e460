package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

/**
 * The sums over a {@link Neighbourhood}'s runs for one output row of a
 * {@link RowSweep}, in double, of {@code v − shift} and (optionally) of its
 * square: what mean and variance filters need. Per input row it computes the
 * prefix sums along the padded row once, and keeps them in a small cache
 * keyed by the row's index while the sweep still uses the row; a run's sum at
 * {@code x} is then the difference of two prefix sums, a loop without a
 * carried dependency. One instance per sweep task (it holds scratch state).
 */
final class RowSweepSums {

	private final Neighbourhood nb;
	private final double shift;
	private final boolean squares;
	private final int[] ids;
	private final long[] lastUse;
	private final double[][] prefix;
	private final double[][] prefixOfSquares;
	private long clock;
	private double[] sum = new double[0];
	private double[] sumOfSquares = new double[0];

	/** @param squares whether {@link #sumsOfSquares()} is wanted (variance) */
	RowSweepSums(final Neighbourhood nb, final double shift, final boolean squares) {
		this.nb = nb;
		this.shift = shift;
		this.squares = squares;
		// NB: the next output row reuses most rows of this one; twice the runs always holds them
		final int capacity = 2 * nb.rowCount() + 1;
		ids = new int[capacity];
		Arrays.fill(ids, -1);
		lastUse = new long[capacity];
		prefix = new double[capacity][];
		prefixOfSquares = new double[capacity][];
	}

	/**
	 * Sums the runs of one output row: afterwards {@link #sums()} (and
	 * {@link #sumsOfSquares()}) hold, for each {@code x < length}, the sum over
	 * the neighbourhood of {@code v − shift} (and of its square).
	 *
	 * @param rows the padded input rows of the runs, as {@link RowSweep} hands them
	 * @param sourceRows their row indices, or {@code null} (no caching)
	 */
	void add(final float[][] rows, final int[] sourceRows, final int length, final int pad) {
		if (sum.length < length) {
			sum = new double[length];
			sumOfSquares = new double[squares ? length : 0];
		}
		Arrays.fill(sum, 0, length, 0);
		if (squares) Arrays.fill(sumOfSquares, 0, length, 0);
		for (int k = 0; k < rows.length; k++) {
			final int slot = slot(sourceRows == null ? -1 : sourceRows[k], rows[k], length + 2 * pad);
			final int h = nb.halfWidth(k);
			final int lo = pad - h;
			final int hi = pad + h + 1;
			addDifferences(prefix[slot], lo, hi, sum, length);
			if (squares) addDifferences(prefixOfSquares[slot], lo, hi, sumOfSquares, length);
		}
	}

	double[] sums() {
		return sum;
	}

	double[] sumsOfSquares() {
		return sumOfSquares;
	}

	/** {@code acc[x] += p[x + hi] − p[x + lo]}. */
	private static void addDifferences(final double[] p, final int lo, final int hi, final double[] acc, final int length) {
		for (int x = 0; x < length; x++)
			acc[x] += p[x + hi] - p[x + lo];
	}

	/** The cache slot holding the prefix sums of {@code row} (index {@code id}), filled if missing. */
	private int slot(final int id, final float[] row, final int n) {
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
		if (prefix[oldest] == null || prefix[oldest].length < n + 1) {
			prefix[oldest] = new double[n + 1];
			if (squares) prefixOfSquares[oldest] = new double[n + 1];
		}
		final double[] p = prefix[oldest];
		final double[] q = prefixOfSquares[oldest];
		double s = 0;
		double sq = 0;
		for (int i = 0; i < n; i++) {
			final double v = row[i] - shift;
			p[i] = s;
			s += v;
			if (q != null) {
				q[i] = sq;
				sq += v * v;
			}
		}
		p[n] = s;
		if (q != null) q[n] = sq;
		return oldest;
	}
}
