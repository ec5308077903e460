package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.Op;

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
public class MinOp extends RankFilterOp {

	public static final String ID = "filter.min";

	public MinOp() {
		super(ID, "Minimum",
			"Grey-scale erosion: the minimum of the box or sphere neighbourhood, clamp-to-edge.", 1);
	}
}
