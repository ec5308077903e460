package io.github.fijidispatch.backend.imglib2;

import java.util.List;

/**
 * The storage arrays of an array-backed image ({@link StorageArrays}: one
 * for an ArrayImg, one per plane for a PlanarImg) as one flat sequence of
 * pixels (X fastest): finds the pieces of arrays that a range of flat
 * indices covers. Immutable.
 */
final class StorageChunks {

	/** Work on one piece of a range: {@code length} values of {@code array} from {@code from}. */
	@FunctionalInterface
	interface Piece {

		/** @param done how many values of the range come before this piece */
		void visit(Object array, int from, int done, int length);
	}

	private final List<Object> arrays;
	private final long[] starts;

	StorageChunks(final List<Object> arrays) {
		this.arrays = arrays;
		starts = new long[arrays.size() + 1];
		for (int i = 0; i < arrays.size(); i++)
			starts[i + 1] = starts[i] + java.lang.reflect.Array.getLength(arrays.get(i));
	}

	/** The number of pixels. */
	long size() {
		return starts[arrays.size()];
	}

	/** Visits, in order, the pieces of arrays holding pixels {@code flat .. flat + n − 1}. */
	void visit(final long flat, final int n, final Piece piece) {
		int done = 0;
		while (done < n) {
			final long at = flat + done;
			final int chunk = chunkOf(at);
			final int length = (int) Math.min(n - done, starts[chunk + 1] - at);
			piece.visit(arrays.get(chunk), (int) (at - starts[chunk]), done, length);
			done += length;
		}
	}

	private int chunkOf(final long flat) {
		if (arrays.size() == 1) return 0;
		int lo = 0;
		int hi = arrays.size() - 1;
		while (lo < hi) {
			final int mid = (lo + hi + 1) >>> 1;
			if (starts[mid] <= flat) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}
}
