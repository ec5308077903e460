package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Parameters;

/**
 * Base of the grey-scale filters over a box or sphere neighbourhood (the rank
 * filters of {@link RankFilterOp}, the mean and the variance): one image in,
 * the {@code radius} and {@code shape} parameters of
 * {@link NeighbourhoodParameters}, and a block halo of {@code passes} times
 * the radius. Subclasses state what they do with non-finite pixels.
 */
public abstract class NeighbourhoodFilterOp extends AbstractOp {

	private final int passes;

	/**
	 * @param passes how many neighbourhood passes the filter makes (1; 2 for an
	 *          opening), which sets the block halo
	 */
	protected NeighbourhoodFilterOp(final String id, final String label, final String description, final int passes) {
		super(id, label, "Filters", description, oneImage(), NeighbourhoodParameters.radius(1),
			NeighbourhoodParameters.shape());
		this.passes = passes;
	}

	/** The neighbourhood's radius per axis, once per pass. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return NeighbourhoodParameters.halo(params, image, passes);
	}
}
