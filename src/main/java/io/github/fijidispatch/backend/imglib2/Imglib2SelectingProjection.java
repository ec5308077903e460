package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.project.MaxProjectionOp;
import io.github.fijidispatch.op.project.MinProjectionOp;

/**
 * The projections that select one of their values, max and min
 * ({@link MaxProjectionOp}, {@link MinProjectionOp}): exact, in the input's
 * kind, compared as stored ({@link StoredOrder}) with no conversion. Along z
 * and y the slices are folded element-wise ({@link SliceFold}); along x each
 * row is reduced to one value: 8- and 16-bit rows side by side by halves of
 * many at once ({@link RowHalving}), other long rows by halves piece by
 * piece ({@link HalvingReduction}).
 * Float outputs that are NaN or zero are reduced again by the op's rule
 * ({@link StoredOrder#foldCarefully}).
 */
public abstract class Imglib2SelectingProjection extends Imglib2Projection {

	private final boolean max;

	/** @param max max, else min */
	protected Imglib2SelectingProjection(final String opId, final boolean max) {
		super(opId);
		this.max = max;
	}

	@Override
	protected ChunkTask task(final RasterArrays raster, final Lines lines, final Object target) {
		final StoredOrder order = StoredOrder.of(raster.arrays().kind(), max);
		final double[] column = new double[lines.length];
		if (lines.inner > 1) {
			final SliceFold slices = new SliceFold(raster, lines, order);
			return (o, from, length) -> {
				final int at = lines.output(o, from);
				slices.fold(o, from, length, target, at);
				for (int i = 0; i < length; i++)
					if (order.needsCareful(target, at + i)) refold(raster, lines, order, column, o, from + i, target, at + i);
			};
		}
		final PixelKind kind = raster.arrays().kind();
		final boolean grouped = RowHalving.halves(kind) && lines.length >= RowHalving.NARROWEST
			&& lines.length <= RowHalving.WIDEST;
		final RowHalving halves = grouped ? new RowHalving(kind, max, lines.length) : null;
		final HalvingReduction pieces = !grouped && lines.length >= HalvingReduction.SHORTEST ? new HalvingReduction(
			kind, max, lines.length) : null;
		return new ChunkTask() {

			@Override
			public void reduce(final long o, final int from, final int length) {
				reduceRows(o, o + 1);
			}

			@Override
			public void reduceRows(final long first, final long end) {
				for (long o = first; o < end;) {
					final long start = lines.input(o, 0, 0);
					final Object array = raster.array(start);
					final int offset = raster.offset(start);
					// NB: the rows side by side in one array (a plane of planar storage, or all of an array image)
					final int rows = (int) Math.max(1, Math.min(end - o, raster.restOfArray(start) / lines.length));
					final int at = lines.output(o, 0);
					if (halves != null) halves.reduce(array, offset, rows, target, at);
					else for (int r = 0; r < rows; r++) {
						if (pieces != null) pieces.reduce(array, offset + r * lines.length, lines.length, target, at + r);
						else order.reduce(array, offset + r * lines.length, lines.length, target, at + r);
					}
					for (int r = 0; r < rows; r++)
						if (order.needsCareful(target, at + r)) refold(raster, lines, order, column, o + r, 0, target, at + r);
					o += rows;
				}
			}
		};
	}

	/** Output pixel {@code o · inner + i}, at {@code at} of the target, folded again by the op's rule. */
	private static void refold(final RasterArrays raster, final Lines lines, final StoredOrder order,
		final double[] column, final long o, final long i, final Object target, final int at)
	{
		for (int k = 0; k < lines.length; k++) {
			final long index = lines.input(o, k, i);
			raster.arrays().toDoubles(raster.array(index), raster.offset(index), column, k, 1);
		}
		column[0] = order.foldCarefully(column, lines.length);
		raster.arrays().fromDoubles(column, 0, target, at, 1);
	}
}
