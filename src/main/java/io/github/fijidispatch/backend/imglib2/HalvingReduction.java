package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;

/**
 * {@link StoredOrder#reduce} of long runs by halves, so that most of the work
 * is in SIMD folds ({@link StoredOrder#fold}): a piece of the run (at most
 * {@link #PIECE} values) is copied out, its upper half copied to index 0 and
 * folded into its lower half, again and again, until fewer than
 * {@value #REDUCED_BELOW} values are left, which are reduced; the pieces'
 * choices are reduced last. Max and min are associative and commutative
 * (for floats too, see {@link StoredOrder}), so the result is the one-by-one
 * loop's. Not thread-safe: one per task.
 */
final class HalvingReduction {

	/** Runs shorter than this are reduced directly: halving measured slower on rows of 256 values, faster on 2048. */
	static final int SHORTEST = 1024;

	/** Values a piece holds: its copies stay in the L1/L2 cache. */
	static final int PIECE = Imglib2Projection.CHUNK;

	/** Values left when the halving stops: shorter folds run mostly outside their unrolled SIMD loop (measured). */
	private static final int REDUCED_BELOW = 128;

	private final StoredOrder order;
	private final Object chosen;
	private final Object run;
	private final Object scratch;
	private final Object choices;

	/**
	 * @param kind the runs' kind
	 * @param max max, else min
	 * @param longest the longest run to reduce
	 */
	HalvingReduction(final PixelKind kind, final boolean max, final int longest) {
		order = StoredOrder.of(kind, max);
		final PixelArrays arrays = PixelArrays.of(kind);
		final int piece = Math.min(PIECE, longest);
		chosen = arrays.allocate(piece);
		run = arrays.allocate(piece / 2);
		scratch = arrays.allocate(piece / 2);
		choices = arrays.allocate((longest + PIECE - 1) / PIECE);
	}

	/** The chosen one of {@code src[from..from + n)} ({@code 1 ≤ n ≤ longest}), stored into {@code dst[at]}. */
	void reduce(final Object src, final int from, final int n, final Object dst, final int at) {
		int pieces = 0;
		for (int start = 0; start < n; start += PIECE) {
			int m = Math.min(PIECE, n - start);
			System.arraycopy(src, from + start, chosen, 0, m);
			while (m >= 2 * REDUCED_BELOW) {
				final int half = m / 2;
				// NB: an odd middle value stays in the lower part
				System.arraycopy(chosen, m - half, run, 0, half);
				order.fold(chosen, run, scratch, half);
				m -= half;
			}
			order.reduce(chosen, 0, m, choices, pieces++);
		}
		order.reduce(choices, 0, pieces, dst, at);
	}
}
