package io.github.fijidispatch.block;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.RandomAccessibleInterval;

/**
 * {@link BlockPlan.Kind#AXIS_REDUCTION}: blocks span the whole reduced axis
 * (whatever the block size says along it), so each block's reduction is final
 * for its lines and lands where the block's other axes say. A 3D input loses
 * the axis; a 2D input keeps it with size 1.
 */
final class ReducedBlocks implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final ImageInfo in = run.info(0);
		final ImageInfo outInfo = run.outputInfo();
		final int axis = run.plan().axis();
		final RandomAccessibleInterval<?> output = BlockImages.create(outInfo);
		final BlockGrid grid = run.grid(in.dimensions(), new long[] { 0 }).spanning(axis);
		run.expect(grid.size());
		for (final Block block : grid.blocks()) {
			final RandomAccessibleInterval<?> result = (RandomAccessibleInterval<?>) run.call(block.interval());
			BlockImages.place(result, result, output, projected(block.min(), axis, outInfo.numDimensions()));
		}
		return output;
	}

	/** Where a block's projection starts in the output: the axis dropped (3D) or set to 0 (2D). */
	private static long[] projected(final long[] min, final int axis, final int outDims) {
		if (outDims == min.length) {
			final long[] out = min.clone();
			out[axis] = 0;
			return out;
		}
		final long[] out = new long[outDims];
		for (int d = 0, o = 0; d < min.length; d++)
			if (d != axis) out[o++] = min[d];
		return out;
	}
}
