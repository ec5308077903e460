package io.github.fijidispatch.block;

import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;

/** A {@link BlockSink} into a new host image in memory, which {@link #complete} returns. */
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
	public Object complete(final BlockRunSummary summary) {
		return image;
	}
}
