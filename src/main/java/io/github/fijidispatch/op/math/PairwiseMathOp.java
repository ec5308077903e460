package io.github.fijidispatch.op.math;

import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PointOp;

/**
 * Base of the pixel-by-pixel ops on two images of equal size ({@code a},
 * {@code b}): arithmetic in double precision; the output has the kind that
 * holds both inputs ({@link CommonKind}), integer results rounded half up and
 * saturated, unless the op fixes the kind (divide: float32).
 */
public abstract class PairwiseMathOp extends AbstractOp implements PointOp {

	protected PairwiseMathOp(final String id, final String label, final String description) {
		super(id, label, "Math", description, Arrays.asList("a", "b"));
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		requireSameSize(inputs);
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return inputs.get(0).withKind(CommonKind.of(inputs.get(0).kind(), inputs.get(1).kind()));
	}
}
