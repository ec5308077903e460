package io.github.fijidispatch.block;

/** How one kind of {@link io.github.fijidispatch.op.BlockPlan} is carried out: the blocks, then the merge. */
interface BlockStrategy {

	/** Runs the call of {@code run} by blocks; returns what the whole-image call returns (an image or a table). */
	Object run(BlockRun run);
}
