package io.github.fijidispatch.block;

import java.util.Arrays;

import io.github.fijidispatch.op.BlockPlan;
import net.imglib2.RandomAccessibleInterval;

/**
 * {@link BlockPlan.Kind#LOCAL}: each block is read with its halo (clipped at
 * the image border, where the op's own border rule applies, as on the whole
 * image), run, and its interior written to the output. Into an output in
 * memory ({@link BlockSink#region}), the worker that ran a block writes it:
 * an op without halo (point ops, conversions) runs {@code into} the block's
 * region of the output, with no block image and no copy where the backend
 * writes such a region itself; a block with a halo copies its interior in.
 * Other outputs get each result on the calling thread, in block order.
 */
final class LocalBlocks implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final BlockGrid grid = run.grid(run.info(0).dimensions(), run.plan().halo());
		final BlockSink output = run.output(run.outputInfo(), grid.blockSize());
		final boolean noHalo = Arrays.stream(run.plan().halo()).allMatch(h -> h == 0);
		run.expect(grid.size());
		run.forEach(grid.blocks(), block -> {
			final RandomAccessibleInterval<?> region = output.region(block.interval());
			if (region != null && noHalo) {
				run.callInto(block.interval(), region);
				return null;
			}
			final RandomAccessibleInterval<?> result = (RandomAccessibleInterval<?>) run.call(block.haloInterval());
			if (region == null) return result;
			output.write(result, block.interiorInHalo(), block.min());
			return null;
		}, (block, result) -> {
			if (result != null) output.write(result, block.interiorInHalo(), block.min());
		});
		return run.complete(output);
	}
}
