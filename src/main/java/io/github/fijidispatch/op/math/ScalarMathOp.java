package io.github.fijidispatch.op.math;

import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PointOp;

/**
 * Base of the pixel-by-pixel ops of one image and a real {@code value}: the
 * output keeps the input's size and kind, a value whose result no pixel of the
 * input's kind could store is refused ({@link ScalarLimits}), non-finite pixels
 * follow IEEE arithmetic, and the op keeps its id from before ids became
 * lowercase snake case as a deprecated alias.
 */
public abstract class ScalarMathOp extends AbstractOp implements PointOp {

	private final String deprecatedId;
	private final String overflowEffect;

	/**
	 * @param valueDescription what {@code value} is, for the parameter's help
	 * @param overflowEffect what a value too large for float32 would do, for the
	 *          refusal (e.g. "every finite pixel becomes ±inf")
	 */
	protected ScalarMathOp(final String id, final String deprecatedId, final String label, final String description,
		final String valueDescription, final String overflowEffect)
	{
		super(id, label, "Math", description, oneImage(),
			ParameterSpec.real("value").description(valueDescription).build());
		this.deprecatedId = deprecatedId;
		this.overflowEffect = overflowEffect;
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		ScalarLimits.requireStorable(id(), inputs, params, overflowEffect);
	}

	@Override
	public List<String> deprecatedIds() {
		return Collections.singletonList(deprecatedId);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
