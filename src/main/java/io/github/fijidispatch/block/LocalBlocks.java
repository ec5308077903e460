package io.github.fijidispatch.block;

import io.github.fijidispatch.op.BlockPlan;
import net.imglib2.RandomAccessibleInterval;

/**
 * {@link BlockPlan.Kind#LOCAL}: each block is read with its halo (clipped at
 * the image border, where the op's own border rule applies, as on the whole
 * image), run, and its interior written to the output.
 */
final class LocalBlocks implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final RandomAccessibleInterval<?> output = BlockImages.create(run.outputInfo());
		final BlockGrid grid = run.grid(run.info(0).dimensions(), run.plan().halo());
		run.expect(grid.size());
		for (final Block block : grid.blocks()) {
			final RandomAccessibleInterval<?> result = (RandomAccessibleInterval<?>) run.call(block.haloInterval());
			BlockImages.place(result, block.interiorInHalo(), output, block.min());
		}
		return output;
	}
}
