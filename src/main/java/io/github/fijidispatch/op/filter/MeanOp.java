package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.mean}: neighbourhood mean.
 * <p>
 * Contract: the mean of the neighbourhood given by {@code radius} and {@code shape}
 * (see {@link NeighbourhoodParameters}) around each pixel. Boundary: clamp to
 * edge. Arithmetic in float or better (the reference sums in double); the
 * output has the input's size and pixel type, integer results rounded half up
 * and saturated. Limits: radius ≤ {@value NeighbourhoodParameters#MAX_RADIUS}
 * per axis. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest magnitude),
 * integer |Δ| ≤ 1.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN window gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MeanOp extends NeighbourhoodFilterOp {

	public static final String ID = "filter.mean";

	public MeanOp() {
		super(ID, "Mean", "Replaces each pixel by the mean of its box or sphere neighbourhood, clamp-to-edge.", 1);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("window");
	}
}
