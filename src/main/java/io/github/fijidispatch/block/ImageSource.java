package io.github.fijidispatch.block;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/** A {@link BlockSource} over a host image in memory: each box is a zero-min view. */
final class ImageSource implements BlockSource {

	private final RandomAccessibleInterval<? extends RealType<?>> image;
	private final ImageInfo info;

	ImageSource(final RandomAccessibleInterval<? extends RealType<?>> image) {
		this.image = image;
		this.info = HostImages.describe(image);
	}

	@Override
	public ImageInfo info() {
		return info;
	}

	@Override
	public RandomAccessibleInterval<? extends RealType<?>> read(final Interval box) {
		return BlockImages.box(image, box);
	}
}
