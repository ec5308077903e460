package io.github.fijidispatch.block;

import java.util.BitSet;

import io.github.fijidispatch.op.BlockPlan;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * {@link BlockPlan.Kind#BORDER_STITCH} for {@code morphology.fill_holes}, in
 * the two passes of {@link LabelStitch}: the background of each block (its
 * zero pixels) labelled through {@code label.components} with face
 * connectivity and stitched across block faces by {@link BlockLabelling},
 * recording which components have a pixel on the image border; then each
 * block is read back from the scratch: background components that touch the
 * border stay background, every other pixel is foreground. Memory holds the
 * blocks in flight and the table of background components, not the image.
 */
final class HoleFill implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final BlockGrid grid = run.grid();
		final BlockSink sink = run.output(run.outputInfo(), grid.blockSize());
		run.expect(2 * grid.size());
		try (LabelScratch scratch = run.labelScratch(grid)) {
			final BitSet open = new BlockLabelling(run, grid, scratch, "face", true).labelAll(HoleFill::backgroundOf)
				.onBorder();
			for (final Block block : grid.blocks()) {
				final int[] ids = scratch.read(block.interval());
				final byte[] out = new byte[ids.length];
				for (int i = 0; i < ids.length; i++)
					out[i] = (byte) (ids[i] == 0 || !open.get(ids[i]) ? 255 : 0);
				final long[] size = Intervals.dimensionsAsLongArray(block.interval());
				sink.write(ArrayImgs.unsignedBytes(out, size), new FinalInterval(size), block.min());
				run.hostBlockDone();
			}
		}
		return run.complete(sink);
	}

	/** 255 where the block is zero (background), else 0; NaN is not zero, so foreground. */
	private static ArrayImg<UnsignedByteType, ByteArray> backgroundOf(final RandomAccessibleInterval<? extends RealType<?>> block) {
		final byte[] out = new byte[Math.toIntExact(Intervals.numElements(block))];
		final Cursor<? extends RealType<?>> c = Views.flatIterable(block).cursor();
		for (int i = 0; c.hasNext(); i++)
			if (c.next().getRealDouble() == 0) out[i] = (byte) 255;
		return ArrayImgs.unsignedBytes(out, Intervals.dimensionsAsLongArray(block));
	}
}
