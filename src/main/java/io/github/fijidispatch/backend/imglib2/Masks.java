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
		return ofBlocks(image, (values, n, out, at) -> {
			for (int i = 0; i < n; i++)
				out[at + i] = foreground.test(values[i]) ? (byte) FOREGROUND : 0;
		});
	}

	/** Writes the mask of {@code n} pixel values: {@code out[at + i]} = 255 or 0 for {@code values[i]}. */
	@FunctionalInterface
	interface BlockTest {

		void test(double[] values, int n, byte[] out, int at);
	}

	/**
	 * A new mask of the image's size written block by block in parallel
	 * ({@link PixelBlocks}, values read as double): for tests whose loop
	 * should run without a call per pixel.
	 */
	static Img<UnsignedByteType> ofBlocks(final RandomAccessibleInterval<? extends RealType<?>> image, final BlockTest test) {
		final Img<UnsignedByteType> mask = ArrayImgs.unsignedBytes(Intervals.dimensionsAsLongArray(image));
		final byte[] out = (byte[]) PixelArrays.storage((ArrayImg<?, ?>) mask);
		final PixelBlocks pixels = PixelBlocks.of(image);
		pixels.forEachRange((reader, first, end) -> {
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++)
				test.test(block, reader.doubles(b, block), out, (int) pixels.start(b));
		});
		return mask;
	}
}
