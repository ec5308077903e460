package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum or maximum of a {@link FloatVolume} over a non-box
 * {@link Neighbourhood} (a sphere: runs along X of half-width {@code h(k)}
 * at offsets {@code k} along the other axes), clamp-to-edge, in stages over
 * the half-widths {@code h = 0, 1, 2, ...}:
 * <ol>
 * <li>a working volume {@code E} holds the extremum along X over
 * {@code [x − h, x + h]}; going from {@code h − 1} to {@code h} is one
 * pass, {@code E[x] = ext(E[x − 1], E[x], E[x + 1])} (clamped at the row
 * ends);</li>
 * <li>every run of half-width {@code h} then folds the row of {@code E} at
 * its offset into the output row, a plain element-wise extremum.</li>
 * </ol>
 * So each input row is swept once per half-width, not once per output row
 * that reads it, and the output costs one element-wise extremum per run.
 * Memory: the output and the working volume (the consumed input). Rows run
 * in parallel ({@link ParallelRanges}). With {@code skipNaN} every
 * comparison skips NaN ({@link Extremum#ext}) and the output starts as NaN,
 * the neutral value, so a window of NaN only gives NaN, as in the box path.
 */
final class SphereExtremum {

	private final boolean max;
	private final boolean skipNaN;

	/** @param skipNaN false when the values hold no NaN: the plain {@code Math} loops */
	SphereExtremum(final boolean max, final boolean skipNaN) {
		this.max = max;
		this.skipNaN = skipNaN;
	}

	/** The filtered volume, new; {@code volume} is consumed (its values are overwritten). */
	FloatVolume consume(final FloatVolume volume, final Neighbourhood nb) {
		final int[] dims = volume.dims();
		final int width = dims[0];
		final float[] e = volume.data();
		final int rows = e.length / width;
		final FloatVolume result = FloatVolume.zeros(volume.img().dimensionsAsLongArray());
		final float[] out = result.data();
		final long grain = Math.max(1, (1 << 15) / width);
		ParallelRanges.forEach(out.length, 1 << 16, (from, end) -> java.util.Arrays.fill(out, (int) from, (int) end,
			skipNaN ? Float.NaN : max ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY));
		for (int h = 0; h <= nb.maxHalfWidth(); h++) {
			if (h > 0) ParallelRanges.forEach(rows, grain, (first, end) -> {
				final float[] row = new float[width];
				for (long r = first; r < end; r++)
					grow(e, (int) r * width, width, row);
			});
			final List<int[]> offsets = new ArrayList<>();
			for (int k = 0; k < nb.rowCount(); k++)
				if (nb.halfWidth(k) == h) offsets.add(nb.rowOffset(k));
			if (offsets.isEmpty()) continue;
			ParallelRanges.forEach(rows, grain, (first, end) -> {
				final int[] position = new int[dims.length - 1];
				for (long r = first; r < end; r++) {
					RowSweep.rowPosition((int) r, dims, position);
					final int o = (int) r * width;
					for (final int[] offset : offsets)
						fold(out, o, e, RowSweep.sourceRow(position, offset, dims) * width, width);
				}
			});
		}
		return result;
	}

	/** Widens the row at {@code start} by one pixel each side, clamped at its ends ({@code row}: scratch). */
	private void grow(final float[] e, final int start, final int width, final float[] row) {
		System.arraycopy(e, start, row, 0, width);
		if (width == 1) return;
		e[start] = ext(row[0], row[1]);
		for (int x = 1; x < width - 1; x++)
			e[start + x] = ext(ext(row[x - 1], row[x]), row[x + 1]);
		e[start + width - 1] = ext(row[width - 2], row[width - 1]);
	}

	private void fold(final float[] out, final int o, final float[] e, final int s, final int width) {
		if (skipNaN) for (int x = 0; x < width; x++)
			out[o + x] = NeighbourhoodExtremum.ext(max, out[o + x], e[s + x]);
		else if (max) for (int x = 0; x < width; x++)
			out[o + x] = Math.max(out[o + x], e[s + x]);
		else for (int x = 0; x < width; x++)
			out[o + x] = Math.min(out[o + x], e[s + x]);
	}

	private float ext(final float a, final float b) {
		if (skipNaN) return NeighbourhoodExtremum.ext(max, a, b);
		return max ? Math.max(a, b) : Math.min(a, b);
	}
}
