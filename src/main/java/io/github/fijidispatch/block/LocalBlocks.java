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
 * <p>
 * The block size is a bound, not a shape, for an op without halo read from
 * and written to memory: its blocks are then whole rows (or planes) holding
 * at most as many pixels as a block of the asked size
 * ({@link BlockGrid#contiguous}), so that each block reads and writes
 * contiguous runs of the images' arrays, as the whole-image call does. Any
 * other run (a halo, an input or output on disk) keeps the asked shape, which
 * then also is the chunk grid of the output.
 * </p>
 */
final class LocalBlocks implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final boolean noHalo = Arrays.stream(run.plan().halo()).allMatch(h -> h == 0);
		final BlockGrid asked = run.grid(run.info(0).dimensions(), run.plan().halo());
		final BlockGrid grid = noHalo && run.inMemory() ? asked.contiguous() : asked;
		final BlockSink output = run.output(run.outputInfo(), grid.blockSize());
		run.expect(grid.size());
		if (grid.size() > 0 && output.region(grid.block(0).interval()) != null) {
			// NB: every block writes its own region: nothing to hand back to the calling thread
			run.forEachInPlace(grid.blocks(), block -> {
				final RandomAccessibleInterval<?> region = output.region(block.interval());
				if (noHalo) run.callInto(block.interval(), region);
				else output.write((RandomAccessibleInterval<?>) run.call(block.haloInterval()), block.interiorInHalo(), block
					.min());
				return null;
			});
			return run.complete(output);
		}
		run.forEach(grid.blocks(), block -> (RandomAccessibleInterval<?>) run.call(block.haloInterval()), (block,
			result) -> output.write(result, block.interiorInHalo(), block.min()));
		return run.complete(output);
	}
}
