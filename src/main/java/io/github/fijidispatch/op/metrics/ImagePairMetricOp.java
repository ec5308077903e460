package io.github.fijidispatch.op.metrics;

import io.github.fijidispatch.op.BlockPlan;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.op.AbstractTableOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Parameters;

/**
 * Base of the image comparison metrics: inputs {@code reference} and
 * {@code image} of the same size, a one-row table out.
 */
public abstract class ImagePairMetricOp extends AbstractTableOp {

	protected ImagePairMetricOp(final String id, final String label, final String description) {
		super(id, label, "Measure", description, Arrays.asList("reference", "image"));
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		requireSameSize(inputs);
	}

	/** Sums of squared differences (and the reference's range) add up over blocks. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.global(BlockPlan.Kind.MERGED_SUMS);
	}
}
