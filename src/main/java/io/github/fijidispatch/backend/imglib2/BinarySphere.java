package io.github.fijidispatch.backend.imglib2;

import net.imglib2.parallel.TaskExecutor;

/**
 * Binary erosion or dilation of a {@link BinaryVolume} (foreground 255, background
 * 0) over any {@link Neighbourhood} (the sphere in practice), clamp-to-edge,
 * row by row: an output row combines, over the neighbourhood's runs along X,
 * the source row at the run's offset (clamped to the image) filtered along X
 * with the run's half-width ({@link SlidingCount}); erosion ANDs the runs,
 * dilation ORs them (bitwise on 0 and 255). Rows run in parallel on
 * ImgLib2's current {@link TaskExecutor}.
 */
final class BinarySphere {

	private static final byte FOREGROUND = (byte) 255;
	private static final byte BACKGROUND = 0;

	private final Neighbourhood nb;
	private final SlidingCount runs;

	/** @param erode erosion (all of the neighbourhood is foreground) or dilation (any of it) */
	BinarySphere(final boolean erode, final Neighbourhood nb) {
		this.nb = nb;
		this.runs = new SlidingCount(erode, FOREGROUND, BACKGROUND);
	}

	/** A new mask: {@code mask} (0/255) filtered. */
	BinaryVolume apply(final BinaryVolume mask) {
		final int[] dims = mask.dims();
		if (nb.numDimensions() != dims.length) throw new IllegalArgumentException("binary morphology: neighbourhood " + nb +
			" does not match a " + dims.length + "D image");
		final BinaryVolume result = BinaryVolume.zeros(dims);
		final byte[] in = mask.data();
		final byte[] out = result.data();
		final int width = dims[0];
		final int rowTotal = in.length / width;
		final int[][] offsets = new int[nb.rowCount()][];
		final int[] halfWidths = new int[offsets.length];
		for (int k = 0; k < offsets.length; k++) {
			offsets[k] = nb.rowOffset(k);
			halfWidths[k] = nb.halfWidth(k);
		}
		ParallelRanges.forEach(rowTotal, 1, (firstRow, endRow) -> {
			final byte[] run = new byte[width];
			final int[] position = new int[dims.length];
			for (int row = (int) firstRow; row < endRow; row++) {
				locateRow(row, dims, position);
				final int dst = row * width;
				for (int k = 0; k < offsets.length; k++) {
					final int src = sourceRow(position, offsets[k], dims) * width;
					if (k == 0) runs.line(in, src, out, dst, width, halfWidths[k]);
					else {
						runs.line(in, src, run, 0, width, halfWidths[k]);
						combine(run, out, dst, width);
					}
				}
			}
		});
		return result;
	}

	/** {@code out[dst + j] = out[dst + j] AND/OR run[j]}. */
	private void combine(final byte[] run, final byte[] out, final int dst, final int width) {
		if (runs.erodes()) for (int j = 0; j < width; j++)
			out[dst + j] &= run[j];
		else for (int j = 0; j < width; j++)
			out[dst + j] |= run[j];
	}

	/** The position of row {@code row} along axes 1..n−1 (entry 0 unused). */
	private static void locateRow(final int row, final int[] dims, final int[] position) {
		int rest = row;
		for (int d = 1; d < dims.length; d++) {
			position[d] = rest % dims[d];
			rest /= dims[d];
		}
	}

	/** The row index at {@code position + offset} (offset along axes 1..n−1), clamped to the image. */
	private static int sourceRow(final int[] position, final int[] offset, final int[] dims) {
		int row = 0;
		for (int d = dims.length - 1; d >= 1; d--) {
			final int p = Math.max(0, Math.min(dims[d] - 1, position[d] + offset[d - 1]));
			row = row * dims[d] + p;
		}
		return row;
	}
}
