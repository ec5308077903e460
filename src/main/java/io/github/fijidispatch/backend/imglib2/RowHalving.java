package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;

/**
 * {@link StoredOrder#reduce} of each of many rows of one width that lie side by side in storage (a projection along
 * x), by halves of a group of rows at once, so that most of the work is in long SIMD folds
 * ({@link StoredOrder#fold}): the upper half of every row of the group is copied to a run and the lower half beside
 * it to the running choices, the run folded into them, and again on what is left, until fewer than
 * {@value #REDUCED_BELOW} values per row are left, which are reduced.
 * <p>
 * NB: the one fold loop serves every projection, and the JIT unrolls it for the trip counts it saw while
 * profiling; a row's own halves (a few hundred values) would run in the scalar remainder of a loop unrolled for
 * long runs, a group's halves (thousands) do not. Max and min are associative and commutative (for floats too,
 * see {@link StoredOrder}), so the result is the one-by-one loop's. Not thread-safe: one per task.
 * </p>
 */
final class RowHalving {

	/**
	 * Whether rows of {@code kind} are halved: 8- and 16-bit values, whose folds are SIMD masks that a scalar
	 * remainder makes costly. 32- and 64-bit rows stay with {@link HalvingReduction}: copying both halves of every
	 * row costs them more than they gain (max x of float32 2048², one thread: 1.24–1.29 ms by pieces against
	 * 1.49–2.0 ms in groups).
	 */
	static boolean halves(final PixelKind kind) {
		return kind.bytesPerPixel() <= 2;
	}

	/** Rows narrower than this are reduced directly. */
	static final int NARROWEST = 256;

	/** Rows wider than this are left to {@link HalvingReduction}, which halves them piece by piece. */
	static final int WIDEST = 1 << 14;

	/** Bytes the running choices of a group hold, at most (rows permitting); the run and scratch beside them. */
	static final int GROUP_BYTES = 1 << 13;

	/** Values left of each row when the halving stops. */
	private static final int REDUCED_BELOW = 64;

	private final StoredOrder order;
	private final int width;
	private final int group;
	private final Object chosen;
	private final Object run;
	private final Object scratch;

	/**
	 * @param kind the rows' kind, one that {@link #halves}
	 * @param max max, else min
	 * @param width the rows' width, in [{@link #NARROWEST}, {@link #WIDEST}]
	 */
	RowHalving(final PixelKind kind, final boolean max, final int width) {
		if (!halves(kind)) throw new IllegalArgumentException(kind + " rows are not halved in groups");
		if (width < NARROWEST || width > WIDEST) throw new IllegalArgumentException("row width " + width + " not in [" +
			NARROWEST + ", " + WIDEST + "]");
		order = StoredOrder.of(kind, max);
		this.width = width;
		final int lower = width - width / 2;
		group = Math.max(1, GROUP_BYTES / kind.bytesPerPixel() / lower);
		final PixelArrays arrays = PixelArrays.of(kind);
		chosen = arrays.allocate(group * lower);
		run = arrays.allocate(group * lower);
		scratch = arrays.allocate(group * lower);
	}

	/**
	 * The chosen value of each of {@code rows} rows {@code src[from + r · width ..][0, width)}, stored into
	 * {@code dst[at + r]}.
	 */
	void reduce(final Object src, final int from, final int rows, final Object dst, final int at) {
		for (int r = 0; r < rows; r += group)
			reduceGroup(src, from + r * width, Math.min(group, rows - r), dst, at + r);
	}

	private void reduceGroup(final Object src, final int from, final int rows, final Object dst, final int at) {
		int length = halve(src, from, width, rows);
		while (length >= 2 * REDUCED_BELOW)
			length = halve(chosen, 0, length, rows);
		for (int r = 0; r < rows; r++)
			order.reduce(chosen, r * length, length, dst, at + r);
	}

	/**
	 * Folds the upper half of each of {@code rows} segments of {@code length} values side by side in {@code from}
	 * (from {@code start}) into its lower half, the results side by side in {@link #chosen} from 0; an odd middle
	 * value is folded with itself.
	 *
	 * @return the results' length
	 */
	private int halve(final Object from, final int start, final int length, final int rows) {
		final int upper = length / 2;
		final int lower = length - upper;
		// NB: when from is chosen, row r's results go to [r · lower, (r + 1) · lower), which no later row's values
		// occupy (they start at (r + 1) · length): nothing is overwritten before it is read
		for (int r = 0; r < rows; r++) {
			final int segment = start + r * length;
			System.arraycopy(from, segment + lower, run, r * lower, upper);
			if (lower > upper) System.arraycopy(from, segment + upper, run, r * lower + upper, 1);
			System.arraycopy(from, segment, chosen, r * lower, lower);
		}
		order.fold(chosen, run, scratch, rows * lower);
		return lower;
	}
}
