package io.github.fijidispatch.block;

import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;

/**
 * A {@link BlockSink} into a new host image in memory, which {@link #complete} returns. It hands out boxes of the
 * image as {@link #region regions}; writes of disjoint parts may come from several threads at once.
 */
final class ImageSink implements BlockSink {

	private final RandomAccessibleInterval<?> image;

	ImageSink(final ImageInfo info) {
		this.image = BlockImages.create(info);
	}

	@Override
	public void write(final RandomAccessibleInterval<?> result, final Interval part, final long[] min) {
		BlockImages.place(result, part, image, min);
	}

	@Override
	public RandomAccessibleInterval<?> region(final Interval box) {
		return BlockImages.box(image, box);
	}

	@Override
	public Object complete(final BlockRunSummary summary) {
		return image;
	}
}
