package io.github.fijidispatch.op.math;

import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PointOp;

import org.scijava.plugin.Plugin;

/**
 * {@code math.add_scalar}: {@code pixel + value} per pixel.
 * <p>
 * Contract: computed in double precision; the output has the input's size and
 * kind, integer results rounded half up and saturated (uint8 250 + 10 gives
 * 255). Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest magnitude), integer
 * |Δ| ≤ 1.
 * A value beyond the float32 range is refused for a float32 image (it would
 * turn every pixel into ±inf); otherwise infinities follow IEEE arithmetic.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class AddScalarOp extends AbstractOp implements PointOp {

	public static final String ID = "math.add_scalar";
	/** Its id until ids became lowercase snake case (issue #13); still accepted, with a deprecation warning. */
	public static final String DEPRECATED_ID = "math.addScalar";

	public AddScalarOp() {
		super(ID, "Add Value", "Math", "Adds a value to every pixel.", oneImage(),
			ParameterSpec.real("value").description("the value added to every pixel").build());
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		ScalarLimits.requireStorable(id(), inputs, params, "every finite pixel becomes ±inf");
	}

	@Override
	public List<String> deprecatedIds() {
		return Collections.singletonList(DEPRECATED_ID);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
