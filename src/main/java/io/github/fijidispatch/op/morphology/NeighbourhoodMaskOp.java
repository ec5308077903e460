package io.github.fijidispatch.op.morphology;

import io.github.fijidispatch.op.AbstractMaskOp;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;

/**
 * Base of the binary morphology ops over a box or sphere neighbourhood
 * (erosion, dilation and the opening and closing made of them): one mask in
 * (non-zero is foreground, so NaN and ±Inf are foreground), the {@code radius}
 * and {@code shape} parameters of {@link NeighbourhoodParameters}, a uint8
 * 0/255 mask out, and a block halo of {@code passes} times the radius.
 */
public abstract class NeighbourhoodMaskOp extends AbstractMaskOp {

	private final int passes;

	/**
	 * @param passes how many neighbourhood passes the op makes (1; 2 for an
	 *          opening or closing), which sets the block halo
	 */
	protected NeighbourhoodMaskOp(final String id, final String label, final String description, final int passes) {
		super(id, label, "Binary", description, oneImage(), NeighbourhoodParameters.radius(1),
			NeighbourhoodParameters.shape());
		this.passes = passes;
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.nanForeground();
	}

	/** The neighbourhood's radius per axis, once per pass. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return NeighbourhoodParameters.halo(params, image, passes);
	}
}
