package io.github.fijidispatch.block;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.InteriorWindow;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.util.Intervals;

/**
 * {@link BlockPlan.Kind#LOCAL}: each block is read with its halo (clipped at
 * the image border, where the op's own border rule applies, as on the whole
 * image), run, and its interior written to the output. Into an output in
 * memory ({@link BlockSink#region}), the worker that ran a block writes it:
 * an op without halo (point ops, conversions) runs {@code into} the block's
 * region of the output, with no block image and no copy where the backend
 * writes such a region itself; a block with a halo copies its interior in.
 * An op whose plan {@link BlockPlan#takesInteriorWindow() takes the interior
 * window} is asked for the block's interior only ({@link InteriorWindow}: the
 * interior within the halo box), and that result, the block's size, runs
 * {@code into} the block's region as a halo-free block does.
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
		final boolean window = !noHalo && run.plan().takesInteriorWindow();
		final BlockGrid asked = run.grid(run.info(0).dimensions(), run.plan().halo());
		final BlockGrid grid = noHalo && run.inMemory() ? asked.contiguous() : asked;
		final BlockSink output = run.output(run.outputInfo(), grid.blockSize());
		run.expect(grid.size());
		if (grid.size() > 0 && output.region(grid.block(0).interval()) != null) {
			// NB: every block writes its own region: nothing to hand back to the calling thread
			run.forEachInPlace(grid.blocks(), block -> {
				final RandomAccessibleInterval<?> region = output.region(block.interval());
				if (noHalo || window) run.callInto(block.haloInterval(), overrides(block, window), region);
				else output.write((RandomAccessibleInterval<?>) run.call(block.haloInterval()), block.interiorInHalo(), block
					.min());
				return null;
			});
			return run.complete(output);
		}
		run.forEach(grid.blocks(), block -> (RandomAccessibleInterval<?>) run.call(block.haloInterval(), overrides(block,
			window)), (block, result) -> output.write(result, window ? result : block.interiorInHalo(), block.min()));
		return run.complete(output);
	}

	/** The interior window of a block (its interior within its halo box) when the op takes one, else nothing. */
	private static Map<String, Object> overrides(final Block block, final boolean window) {
		if (!window) return Collections.emptyMap();
		final Interval interior = block.interiorInHalo();
		return InteriorWindow.parameters(Intervals.minAsLongArray(interior), Intervals.maxAsLongArray(interior));
	}
}
