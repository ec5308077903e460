package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoublePredicate;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.util.Intervals;

/**
 * Masks (uint8, 0 and 255) from a test of each pixel value, written in
 * parallel (for images of integer kinds up to 16 bits the test is made once
 * per value into a table, {@link TabulatedMap}; other images run in plain
 * array blocks, {@link PixelBlocks}).
 */
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
		final Img<UnsignedByteType> tabulated = TabulatedMap.map(image, PixelKind.UINT8, v -> foreground.test(v) ? FOREGROUND
			: 0);
		if (tabulated != null) return tabulated;
		final Img<UnsignedByteType> mask = ArrayImgs.unsignedBytes(Intervals.dimensionsAsLongArray(image));
		final byte[] out = (byte[]) PixelArrays.storage((ArrayImg<?, ?>) mask);
		final PixelBlocks pixels = PixelBlocks.of(image);
		pixels.forEachRange((reader, first, end) -> {
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, block);
				final int at = (int) pixels.start(b);
				for (int i = 0; i < n; i++)
					out[at + i] = foreground.test(block[i]) ? (byte) FOREGROUND : 0;
			}
		});
		return mask;
	}
}
