package io.github.fijidispatch.backend;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.util.Intervals;
import net.imglib2.util.Util;

/**
 * Host images: ImgLib2 {@link RandomAccessibleInterval}s of real pixels, the
 * kind every backend converts from and to.
 */
public final class HostImages {

	private HostImages() {
		// NB: static holder
	}

	public static boolean isHostImage(final Object o) {
		return o instanceof RandomAccessibleInterval;
	}

	/** Describes a host image; the kind is {@code null} for pixel types the suite cannot process. */
	public static ImageInfo describe(final RandomAccessibleInterval<?> image) {
		final long[] dims = Intervals.dimensionsAsLongArray(image);
		final Object type = Intervals.isEmpty(image) ? null : Util.getTypeFromInterval(image);
		return new ImageInfo(dims, PixelKind.of(type));
	}
}
