package io.github.fijidispatch.op;

/**
 * An op whose every output pixel depends on the input pixels at the same
 * position alone (arithmetic, absolute value, a fixed threshold). Such an op
 * may run {@linkplain #allowsInPlace() in place} (its result written over an
 * input of the same size and kind is the result computed beside it) and
 * {@linkplain #blockwise blockwise} without a halo. An op declares both by
 * implementing this interface instead of overriding the two methods.
 */
public interface PointOp extends Op {

	/** In place: yes, a point op. */
	@Override
	default boolean allowsInPlace() {
		return true;
	}

	/** Point-wise: every block on its own, no halo. */
	@Override
	default BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.pointwise(image.numDimensions());
	}
}
