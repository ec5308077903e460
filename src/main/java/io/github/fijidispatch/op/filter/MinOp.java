package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.min}: neighbourhood minimum (grey-scale erosion).
 * <p>
 * Contract: the minimum of the neighbourhood given by {@code radius} and
 * {@code shape} (see {@link NeighbourhoodParameters}). Boundary: clamp to edge.
 * The output has the input's size and pixel type and holds input values
 * (compared as float). Limits: radius ≤
 * {@value NeighbourhoodParameters#MAX_RADIUS} per axis.
 * It selects an input value, so every backend gives exactly that value.
 * Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered
 * values, and a window of NaN only gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MinOp extends AbstractOp {

	public static final String ID = "filter.min";

	public MinOp() {
		super(ID, "Minimum", "Filters", "Grey-scale erosion: the minimum of the box or sphere neighbourhood, clamp-to-edge.",
			oneImage(), NeighbourhoodParameters.radius(1), NeighbourhoodParameters.shape());
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.noData("window");
	}

	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return NeighbourhoodParameters.halo(params, image, 1);
	}
}
