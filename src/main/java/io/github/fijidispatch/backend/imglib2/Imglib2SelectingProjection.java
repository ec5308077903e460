package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.project.MaxProjectionOp;
import io.github.fijidispatch.op.project.MinProjectionOp;

/**
 * The projections that select one of their values, max and min
 * ({@link MaxProjectionOp}, {@link MinProjectionOp}): exact, in the input's
 * kind, compared as stored ({@link StoredOrder}) with no conversion. Along z
 * and y the slices are folded element-wise ({@link SliceFold}); along x each
 * row is reduced to one value, long rows by halves ({@link HalvingReduction}).
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
		final SliceFold slices = lines.inner == 1 ? null : new SliceFold(raster, lines, order);
		final HalvingReduction halves = lines.inner == 1 && lines.length >= HalvingReduction.SHORTEST
			? new HalvingReduction(raster.arrays().kind(), max, lines.length) : null;
		return (o, from, length) -> {
			final int at = lines.output(o, from);
			if (slices != null) slices.fold(o, from, length, target, at);
			else {
				final long start = lines.input(o, 0, 0);
				if (halves != null) halves.reduce(raster.array(start), raster.offset(start), lines.length, target, at);
				else order.reduce(raster.array(start), raster.offset(start), lines.length, target, at);
			}
			for (int i = 0; i < length; i++)
				if (order.needsCareful(target, at + i)) {
					for (int k = 0; k < lines.length; k++) {
						final long index = lines.input(o, k, from + i);
						raster.arrays().toDoubles(raster.array(index), raster.offset(index), column, k, 1);
					}
					column[0] = order.foldCarefully(column, lines.length);
					raster.arrays().fromDoubles(column, 0, target, at + i, 1);
				}
		};
	}
}
