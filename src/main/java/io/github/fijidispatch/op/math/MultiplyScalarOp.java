package io.github.fijidispatch.op.math;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;

import org.scijava.plugin.Plugin;

/**
 * {@code math.multiplyScalar}: {@code pixel · value} per pixel.
 * <p>
 * Contract: computed in double precision; the output has the input's size and
 * kind, integer results rounded half up and saturated (uint8 100 · 2.5 gives
 * 250, 100 · 3 gives 255). Tolerance: 1e-4 of the input range for float, 1 for integer kinds.
 * </p>
 */
@Plugin(type = Op.class)
public class MultiplyScalarOp extends AbstractOp {

	public static final String ID = "math.multiplyScalar";

	public MultiplyScalarOp() {
		super(ID, "Multiply by Value", "Math", "Multiplies every pixel by a value.", oneImage(),
			ParameterSpec.real("value").description("the factor every pixel is multiplied by").build());
	}
}
