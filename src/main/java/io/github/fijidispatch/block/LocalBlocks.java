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
		final BlockGrid grid = run.grid(run.info(0).dimensions(), run.plan().halo());
		final BlockSink output = run.output(run.outputInfo(), grid.blockSize());
		run.expect(grid.size());
		run.forEach(grid.blocks(), block -> (RandomAccessibleInterval<?>) run.call(block.haloInterval()), (block,
			result) -> output.write(result, block.interiorInHalo(), block.min()));
		return run.complete(output);
	}
}
