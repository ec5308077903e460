package io.github.fijidispatch.zarr;

import java.io.IOException;

/** The chunks of an array that a box touches, and the box each chunk shares with it. */
final class ChunkGrid {

	private final long[] dimensions;
	private final int[] chunkSize;

	ChunkGrid(final ArrayHeader header) {
		dimensions = header.dimensions();
		chunkSize = header.chunkSize();
	}

	/** One chunk's share of a box: its grid position, and the shared box in chunk and in box coordinates. */
	static final class Overlap {

		final long[] gridPosition;
		final int[] inChunk;
		final int[] inBox;
		final int[] size;

		Overlap(final int n) {
			gridPosition = new long[n];
			inChunk = new int[n];
			inBox = new int[n];
			size = new int[n];
		}
	}

	/** What to do with one chunk's share of a box. */
	@FunctionalInterface
	interface OverlapAction {

		void accept(Overlap overlap) throws IOException;
	}

	/** Calls {@code action} for every chunk that the box {@code min}, {@code size} overlaps, x varying fastest. */
	void forEachOverlap(final long[] min, final int[] size, final OverlapAction action) throws IOException {
		final int n = dimensions.length;
		final long[] first = new long[n];
		final long[] last = new long[n];
		for (int d = 0; d < n; d++) {
			if (size[d] == 0) return;
			first[d] = min[d] / chunkSize[d];
			last[d] = (min[d] + size[d] - 1) / chunkSize[d];
		}
		final long[] g = first.clone();
		while (true) {
			final Overlap o = new Overlap(n);
			for (int d = 0; d < n; d++) {
				o.gridPosition[d] = g[d];
				final long chunkMin = g[d] * chunkSize[d];
				final long lo = Math.max(chunkMin, min[d]);
				final long hi = Math.min(chunkMin + chunkSize[d], min[d] + size[d]);
				o.inChunk[d] = (int) (lo - chunkMin);
				o.inBox[d] = (int) (lo - min[d]);
				o.size[d] = (int) (hi - lo);
			}
			action.accept(o);
			int d = 0;
			while (d < n && ++g[d] > last[d])
				g[d] = first[d++];
			if (d >= n) return;
		}
	}

	/**
	 * @throws IllegalArgumentException unless the box lies inside the array
	 */
	void checkInside(final long[] min, final int[] size, final String what) {
		for (int d = 0; d < dimensions.length; d++)
			if (min[d] < 0 || size[d] < 0 || min[d] + size[d] > dimensions[d]) throw new IllegalArgumentException(what +
				" " + java.util.Arrays.toString(min) + " + " + java.util.Arrays.toString(size) + " (x first) is not inside " +
				"the array " + java.util.Arrays.toString(dimensions));
	}

	/**
	 * @throws IllegalArgumentException unless the box is made of whole chunks (edge chunks end at the array's edge)
	 */
	void checkAligned(final long[] min, final int[] size) {
		checkInside(min, size, "block");
		for (int d = 0; d < dimensions.length; d++)
			if (min[d] % chunkSize[d] != 0 || size[d] % chunkSize[d] != 0 && min[d] + size[d] != dimensions[d])
				throw new IllegalArgumentException("block " + java.util.Arrays.toString(min) + " + " +
					java.util.Arrays.toString(size) + " (x first) is not made of whole chunks of " +
					java.util.Arrays.toString(chunkSize) + ": a block written to a Zarr array starts on a chunk boundary " +
					"and ends on one or at the array's edge");
	}
}
