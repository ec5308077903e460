package io.github.fijidispatch.op.math;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;

import org.scijava.plugin.Plugin;

/**
 * {@code math.addScalar}: {@code pixel + value} per pixel.
 * <p>
 * Contract: computed in double precision; the output has the input's size and
 * kind, integer results rounded half up and saturated (uint8 250 + 10 gives
 * 255). Tolerance: 1e-4 of the input range for float, 1 for integer kinds.
 * </p>
 */
@Plugin(type = Op.class)
public class AddScalarOp extends AbstractOp {

	public static final String ID = "math.addScalar";

	public AddScalarOp() {
		super(ID, "Add Value", "Math", "Adds a value to every pixel.", oneImage(),
			ParameterSpec.real("value").description("the value added to every pixel").build());
	}
}
