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
		final BlockGrid grid = run.grid(in.dimensions(), new long[] { 0 }).spanning(axis);
		final BlockSink output = run.output(outInfo, projectedSize(grid.blockSize(), axis, outInfo.numDimensions()));
		run.expect(grid.size());
		run.forEach(grid.blocks(), block -> (RandomAccessibleInterval<?>) run.call(block.interval()), (block,
			result) -> output.write(result, result, projected(block.min(), axis, outInfo.numDimensions())));
		return run.complete(output);
	}

	/** The size of a block's projection: the axis dropped (3D) or of size 1 (2D). */
	private static long[] projectedSize(final long[] size, final int axis, final int outDims) {
		final long[] out = projected(size, axis, outDims);
		if (outDims == size.length) out[axis] = 1;
		return out;
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
