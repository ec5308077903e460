package io.github.fijidispatch.conformance;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Checksums of pixel values, to tell whether an image changed: a 64-bit
 * hash over every pixel's value bits in flat order.
 */
public final class Checksums {

	private Checksums() {
		// NB: static holder
	}

	public static long of(final RandomAccessibleInterval<? extends RealType<?>> image) {
		long h = 1125899906842597L;
		for (final RealType<?> t : Views.flatIterable(image))
			h = 31 * h + Double.doubleToLongBits(t.getRealDouble());
		return h;
	}

	/** One checksum per image. */
	public static long[] of(final List<? extends RandomAccessibleInterval<? extends RealType<?>>> images) {
		final long[] sums = new long[images.size()];
		for (int i = 0; i < sums.length; i++)
			sums[i] = of(images.get(i));
		return sums;
	}
}
