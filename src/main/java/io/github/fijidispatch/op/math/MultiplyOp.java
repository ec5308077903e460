package io.github.fijidispatch.op.math;

import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code math.multiply}: {@code a · b} per pixel of two images of equal size.
 * <p>
 * Contract: computed in double precision; the output has the input size and
 * the kind that holds both inputs ({@link CommonKind}: uint8 + uint16 →
 * uint16, anything with float32 → float32), integer results rounded half up
 * and saturated. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest magnitude),
 * integer |Δ| ≤ 1.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MultiplyOp extends PairwiseMathOp {

	public static final String ID = "math.multiply";

	public MultiplyOp() {
		super(ID, "Multiply Images", "Multiplies two images pixel by pixel.");
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
