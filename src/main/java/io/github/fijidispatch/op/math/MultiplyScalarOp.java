package io.github.fijidispatch.op.math;

import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code math.multiply_scalar}: {@code pixel · value} per pixel.
 * <p>
 * Contract: computed in double precision; the output has the input's size and
 * kind, integer results rounded half up and saturated (uint8 100 · 2.5 gives
 * 250, 100 · 3 gives 255). Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest
 * magnitude), integer |Δ| ≤ 1.
 * A value beyond the float32 range is refused for a float32 image (it would
 * turn every non-zero pixel into ±inf); otherwise infinities follow IEEE arithmetic.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MultiplyScalarOp extends ScalarMathOp {

	public static final String ID = "math.multiply_scalar";
	/** Its id until ids became lowercase snake case (issue #13); still accepted, with a deprecation warning. */
	public static final String DEPRECATED_ID = "math.multiplyScalar";

	public MultiplyScalarOp() {
		super(ID, DEPRECATED_ID, "Multiply by Value", "Multiplies every pixel by a value.", "the factor every pixel is multiplied by",
			"every non-zero pixel becomes ±inf");
	}
}
