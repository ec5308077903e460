package io.github.fijidispatch.block;

import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.imglib2.FinalInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.util.Intervals;

/**
 * {@link BlockPlan.Kind#LABEL_STITCH} for {@code label.components}, in two
 * passes over the blocks: {@link BlockLabelling} labels each block with
 * provisional ids into a {@link LabelScratch} and joins the ids that touch
 * across block boundaries (faces; with {@code full} also edges and corners);
 * then each block's ids are read back, mapped to the final labels — 1..N in
 * raster order of each component's first pixel, as the op's contract numbers
 * them — and written to the output. The result equals the whole-image
 * labelling pixel for pixel. Memory holds the blocks in flight and about 16
 * bytes per provisional id, not the image; the limit is
 * {@link #MAX_COMPONENTS} components (float32 labels), not a pixel count.
 */
final class LabelStitch implements BlockStrategy {

	/** The most components a float32 label image numbers exactly (2^24). */
	static final long MAX_COMPONENTS = 1L << 24;

	@Override
	public Object run(final BlockRun run) {
		final BlockGrid grid = run.grid();
		final BlockSink sink = run.output(run.outputInfo(), grid.blockSize());
		run.expect(2 * grid.size());
		try (LabelScratch scratch = run.labelScratch(grid)) {
			final ComponentTable table = new BlockLabelling(run, grid, scratch, run.params().choice("connectivity"), false)
				.labelAll(block -> block);
			final int components = table.sets();
			if (components > MAX_COMPONENTS) throw new BadInputException(ComponentsOp.ID + ": the image has " +
				components + " components; float32 labels number at most 2^24 = " + MAX_COMPONENTS +
				" exactly, so more are declined", ComponentsOp.ID, "image", String.valueOf(components),
				"at most 2^24 components");
			final int[] label = table.numbering();
			for (final Block block : grid.blocks()) {
				final int[] ids = scratch.read(block.interval());
				final float[] out = new float[ids.length];
				for (int i = 0; i < ids.length; i++)
					out[i] = label[ids[i]];
				final long[] size = Intervals.dimensionsAsLongArray(block.interval());
				sink.write(ArrayImgs.floats(out, size), new FinalInterval(size), block.min());
				run.hostBlockDone();
			}
		}
		return run.complete(sink);
	}
}
