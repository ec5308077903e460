package io.github.fijidispatch.block;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.blocks.PrimitiveBlocks;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.util.Intervals;

/**
 * A {@link LabelScratch} in memory: an int32 image of the whole input (an
 * array image up to 2^31 − 1 pixels, a cell image beyond), for runs whose
 * output is in memory anyway.
 */
final class MemoryLabelScratch implements LabelScratch {

	private final RandomAccessibleInterval<IntType> labels;
	private final PrimitiveBlocks<IntType> blocks;

	MemoryLabelScratch(final long[] dims) {
		this.labels = BlockImages.create(new ImageInfo(dims, PixelKind.INT32));
		this.blocks = PrimitiveBlocks.of(labels, PrimitiveBlocks.OnFallback.ACCEPT);
	}

	@Override
	public void write(final Block block, final int[] values) {
		final long[] size = Intervals.dimensionsAsLongArray(block.interval());
		BlockImages.place(ArrayImgs.ints(values, size), new net.imglib2.FinalInterval(size), labels, block.min());
	}

	@Override
	public int[] read(final Interval box) {
		final int[] out = new int[Math.toIntExact(Intervals.numElements(box))];
		blocks.copy(box, out);
		return out;
	}

	@Override
	public void close() {
		// NB: the image goes with the run
	}
}
