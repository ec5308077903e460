package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoublePredicate;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/** Masks (uint8, 0 and 255) from a test of each pixel value, written in parallel. */
public final class Masks {

	/** The value of a foreground pixel in a mask. */
	public static final int FOREGROUND = 255;

	private Masks() {
		// NB: static holder
	}

	/** A new mask of the image's size: 255 where {@code foreground} accepts the pixel value, else 0. */
	public static Img<UnsignedByteType> where(final RandomAccessibleInterval<? extends RealType<?>> image,
		final DoublePredicate foreground)
	{
		final Img<UnsignedByteType> mask = ArrayImgs.unsignedBytes(Intervals.dimensionsAsLongArray(image));
		LoopBuilder.setImages(Views.zeroMin(image), mask).multiThreaded()
			.forEachPixel((in, out) -> out.set(foreground.test(in.getRealDouble()) ? FOREGROUND : 0));
		return mask;
	}
}
