package io.github.fijidispatch.block;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.IndexMapping;
import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;

/**
 * {@link BlockPlan.Kind#INDEX_MAPPING}: the grid is over the output; each
 * output block is the op run on the input box its mapping names.
 */
final class MappedBlocks implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final ImageInfo outInfo = run.outputInfo();
		final IndexMapping mapping = run.plan().mapping();
		final BlockGrid grid = run.grid(outInfo.dimensions(), new long[] { 0 });
		final BlockSink output = run.output(outInfo, grid.blockSize());
		run.expect(grid.size());
		run.forEach(grid.blocks(), block -> {
			final long[][] source = mapping.source(block.min(), block.max());
			return (RandomAccessibleInterval<?>) run.call(new FinalInterval(source[0], source[1]), mapping.parameters(block
				.min(), block.max()));
		}, (block, result) -> output.write(result, result, block.min()));
		return run.complete(output);
	}
}
