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
 * <p>
 * Non-finite values stay out of the sums (a NaN or an infinity in a prefix sum
 * would reach every later window of the row through the differences): a row
 * that holds any also keeps prefix counts of its NaN, +Inf and −Inf, and
 * {@link #nonFiniteSum} gives what IEEE arithmetic makes of them in a window
 * (0 when there are none), to be added to the finite sum.
 * </p>
 */
final class RowSweepSums {

	private final Neighbourhood nb;
	private final double shift;
	private final boolean squares;
	private final RowSlots slots;
	private final double[][] prefix;
	private final double[][] prefixOfSquares;
	/** Per slot: the prefix counts of NaN, +Inf and −Inf (scratch, kept for reuse). */
	private final int[][][] prefixOfNonFinite;
	/** Per slot: whether its row holds a non-finite value (else its prefix counts are stale). */
	private final boolean[] nonFiniteRow;
	private double[] sum = new double[0];
	private double[] sumOfSquares = new double[0];
	/** The counts of NaN, +Inf and −Inf per output pixel, valid when {@link #nonFinite} is set. */
	private int[][] counts = new int[3][0];
	/** {@link #addDifferences}'s copies of the two runs. */
	private double[] upper = new double[0];
	private double[] lower = new double[0];
	private boolean nonFinite;

	/** @param squares whether {@link #sumsOfSquares()} is wanted (variance) */
	RowSweepSums(final Neighbourhood nb, final double shift, final boolean squares) {
		this.nb = nb;
		this.shift = shift;
		this.squares = squares;
		// NB: the next output row reuses most rows of this one; twice the runs always holds them
		final int capacity = 2 * nb.rowCount() + 1;
		slots = new RowSlots(capacity);
		prefix = new double[capacity][];
		prefixOfSquares = new double[capacity][];
		prefixOfNonFinite = new int[capacity][][];
		nonFiniteRow = new boolean[capacity];
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
			counts = new int[3][length];
		}
		Arrays.fill(sum, 0, length, 0);
		if (squares) Arrays.fill(sumOfSquares, 0, length, 0);
		nonFinite = false;
		for (int k = 0; k < rows.length; k++) {
			final int slot = slot(sourceRows == null ? -1 : sourceRows[k], rows[k], length + 2 * pad);
			final int h = nb.halfWidth(k);
			final int lo = pad - h;
			final int hi = pad + h + 1;
			addDifferences(prefix[slot], lo, hi, sum, length);
			if (squares) addDifferences(prefixOfSquares[slot], lo, hi, sumOfSquares, length);
			if (!nonFiniteRow[slot]) continue;
			final int[][] special = prefixOfNonFinite[slot];
			if (!nonFinite) for (final int[] c : counts)
				Arrays.fill(c, 0, length, 0);
			nonFinite = true;
			for (int i = 0; i < 3; i++)
				for (int x = 0; x < length; x++)
					counts[i][x] += special[i][x + hi] - special[i][x + lo];
		}
	}

	/**
	 * The IEEE sum of the non-finite values of the neighbourhood of output
	 * pixel {@code x} of the last {@link #add}: 0 when there are none, NaN for
	 * a NaN or for +Inf and −Inf together, else the infinity there is.
	 */
	/** Whether a window of the last {@link #add}ed row holds a NaN or an infinity (else {@link #nonFiniteSum} is 0 everywhere). */
	boolean anyNonFinite() {
		return nonFinite;
	}

	double nonFiniteSum(final int x) {
		if (!nonFinite) return 0;
		final boolean nan = counts[0][x] > 0;
		final boolean positive = counts[1][x] > 0;
		final boolean negative = counts[2][x] > 0;
		if (nan || positive && negative) return Double.NaN;
		return positive ? Double.POSITIVE_INFINITY : negative ? Double.NEGATIVE_INFINITY : 0;
	}

	double[] sums() {
		return sum;
	}

	double[] sumsOfSquares() {
		return sumOfSquares;
	}

	/**
	 * {@code acc[x] += p[x + hi] − p[x + lo]}, the two runs of {@code p} first copied to the start of arrays of their
	 * own: C2 before JDK 24 vectorises a sweep only when all its indices share one offset.
	 */
	private void addDifferences(final double[] p, final int lo, final int hi, final double[] acc, final int length) {
		if (upper.length < length) {
			upper = new double[length];
			lower = new double[length];
		}
		System.arraycopy(p, hi, upper, 0, length);
		System.arraycopy(p, lo, lower, 0, length);
		final double[] a = upper;
		final double[] b = lower;
		for (int x = 0; x < length; x++)
			acc[x] += a[x] - b[x];
	}

	/** The cache slot holding the prefix sums of {@code row} (index {@code id}), filled if missing. */
	private int slot(final int id, final float[] row, final int n) {
		final int found = slots.slotOf(id);
		if (found >= 0) return found;
		final int oldest = -1 - found;
		if (prefix[oldest] == null || prefix[oldest].length < n + 1) {
			prefix[oldest] = new double[n + 1];
			if (squares) prefixOfSquares[oldest] = new double[n + 1];
		}
		final double[] p = prefix[oldest];
		final double[] q = prefixOfSquares[oldest];
		nonFiniteRow[oldest] = countNonFinite(row, n, oldest);
		double s = 0;
		double sq = 0;
		for (int i = 0; i < n; i++) {
			// NB: a non-finite value counts in nonFiniteCounts, not here
			final double v = Float.isFinite(row[i]) ? row[i] - shift : 0;
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

	/**
	 * Fills the slot's prefix counts of NaN, +Inf and −Inf along
	 * {@code row[0..n)}; false (and nothing filled) when every value is finite.
	 */
	private boolean countNonFinite(final float[] row, final int n, final int slot) {
		int first = 0;
		while (first < n && Float.isFinite(row[first]))
			first++;
		if (first == n) return false;
		if (prefixOfNonFinite[slot] == null || prefixOfNonFinite[slot][0].length < n + 1)
			prefixOfNonFinite[slot] = new int[3][n + 1];
		final int[][] c = prefixOfNonFinite[slot];
		for (int k = 0; k < 3; k++)
			Arrays.fill(c[k], 0, first + 1, 0);
		for (int i = first; i < n; i++) {
			final float v = row[i];
			final int kind = v != v ? 0 : v == Float.POSITIVE_INFINITY ? 1 : v == Float.NEGATIVE_INFINITY ? 2 : -1;
			for (int k = 0; k < 3; k++)
				c[k][i + 1] = c[k][i] + (k == kind ? 1 : 0);
		}
		return true;
	}
}
