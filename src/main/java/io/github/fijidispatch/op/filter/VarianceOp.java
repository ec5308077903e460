package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.variance}: neighbourhood variance.
 * <p>
 * Contract: the population variance {@code E[x²] − E[x]²} (divided by the
 * count, not count − 1) of the neighbourhood given by {@code radius} and
 * {@code shape} (see {@link NeighbourhoodParameters}). Boundary: clamp to
 * edge. The reference accumulates in double around the image mean, so that
 * large offsets do not cancel. The output has the input's size and pixel type,
 * integer results rounded half up and saturated (a uint8 variance above 255
 * saturates, as in ImageJ). Limits: radius ≤
 * {@value NeighbourhoodParameters#MAX_RADIUS} per axis. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16
 * float32 ulps of the largest magnitude), integer |Δ| ≤ 1.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN window gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class VarianceOp extends NeighbourhoodFilterOp {

	public static final String ID = "filter.variance";

	public VarianceOp() {
		super(ID, "Variance",
			"Replaces each pixel by the population variance of its box or sphere neighbourhood, clamp-to-edge.", 1);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("window");
	}
}
