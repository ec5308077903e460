package io.github.fijidispatch.backend.imglib2;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.util.Intervals;

/**
 * A binary image as one byte array, X fastest: the form in which the reference
 * backend runs its binary morphology and hole filling. Reading marks every
 * non-zero input pixel (NaN included) as foreground, whatever the pixel type
 * or storage (read in parallel blocks, {@link PixelBlocks}).
 * Limited to {@link FloatVolume#MAX_PIXELS} pixels.
 */
final class BinaryVolume {

	private final byte[] data;
	private final int[] dims;

	private BinaryVolume(final byte[] data, final int[] dims) {
		this.data = data;
		this.dims = dims;
	}

	/** A zero-filled mask of this size. */
	static BinaryVolume zeros(final int[] dims) {
		return new BinaryVolume(new byte[(int) Intervals.numElements(dims)], dims.clone());
	}

	/**
	 * The mask of {@code input}: {@code foreground} where the input is non-zero,
	 * {@code background} elsewhere (multithreaded).
	 */
	static BinaryVolume of(final RandomAccessibleInterval<? extends RealType<?>> input, final byte foreground,
		final byte background)
	{
		final BinaryVolume mask = zeros(Intervals.dimensionsAsIntArray(input));
		final byte[] data = mask.data;
		final PixelBlocks pixels = PixelBlocks.of(input);
		pixels.forEachRange((reader, first, end) -> {
			final double[] values = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int at = (int) pixels.start(b);
				final int n;
				if (pixels.kind().bytesPerPixel() == 1) {
					// NB: 8-bit storage (the usual mask) is tested as it is: non-zero alike signed or not
					n = reader.load(b);
					final byte[] bytes = (byte[]) reader.array();
					final int from = reader.offset();
					for (int i = 0; i < n; i++)
						data[at + i] = bytes[from + i] != 0 ? foreground : background;
					continue;
				}
				// NB: tested in double: a float conversion would lose tiny non-zero float64 values
				n = reader.doubles(b, values);
				for (int i = 0; i < n; i++)
					data[at + i] = values[i] != 0 ? foreground : background;
			}
		});
		return mask;
	}

	/** The values, X fastest (shared, not copied). */
	byte[] data() {
		return data;
	}

	int[] dims() {
		return dims.clone();
	}

	/** This mask as a uint8 image sharing its data. */
	ArrayImg<UnsignedByteType, ByteArray> img() {
		final long[] size = new long[dims.length];
		for (int d = 0; d < dims.length; d++)
			size[d] = dims[d];
		return ArrayImgs.unsignedBytes(data, size);
	}
}
