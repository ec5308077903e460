package io.github.fijidispatch.backend.imglib2;

import java.util.List;

import io.github.fijidispatch.op.PixelKind;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.util.Intervals;
import net.imglib2.util.Util;
import net.imglib2.view.Views;

/**
 * A binary image as one byte array, X fastest: the form in which the reference
 * backend runs its binary morphology and hole filling. Reading marks every
 * non-zero input pixel (NaN included) as foreground, whatever the pixel type;
 * array-backed inputs (ArrayImg, PlanarImg: ImagePlus wrappers) are read in
 * plain array loops through {@link StorageArrays}, others pixel by pixel.
 * Limited to {@link FloatVolume#MAX_PIXELS} pixels.
 */
final class ByteMask {

	/** How many values are converted to float at a time when testing array-backed inputs. */
	private static final int CHUNK = 4096;

	private final byte[] data;
	private final int[] dims;

	private ByteMask(final byte[] data, final int[] dims) {
		this.data = data;
		this.dims = dims;
	}

	/** A zero-filled mask of this size. */
	static ByteMask zeros(final int[] dims) {
		return new ByteMask(new byte[(int) Intervals.numElements(dims)], dims.clone());
	}

	/**
	 * The mask of {@code input}: {@code foreground} where the input is non-zero,
	 * {@code background} elsewhere (multithreaded).
	 */
	static ByteMask of(final RandomAccessibleInterval<? extends RealType<?>> input, final byte foreground,
		final byte background)
	{
		final int[] dims = Intervals.dimensionsAsIntArray(input);
		final ByteMask mask = zeros(dims);
		final byte[] data = mask.data;
		final PixelKind kind = PixelKind.of(Util.getTypeFromInterval(input));
		final List<Object> arrays = StorageArrays.of(input);
		// NB: float64 would lose tiny non-zero values in the float conversion: it takes the per-pixel path
		if (arrays != null && kind != PixelKind.FLOAT64) {
			final StorageArrays.Reader reader = StorageArrays.reader(kind);
			StorageArrays.forEachRange(arrays, (array, from, flat, length) -> {
				if (array instanceof byte[]) {
					// NB: 8-bit storage (the usual mask) is tested as it is: non-zero alike signed or not
					final byte[] bytes = (byte[]) array;
					for (int i = 0; i < length; i++)
						data[(int) flat + i] = bytes[from + i] != 0 ? foreground : background;
					return;
				}
				final float[] values = new float[Math.min(CHUNK, length)];
				for (int done = 0; done < length; done += CHUNK) {
					final int n = Math.min(CHUNK, length - done);
					reader.read(array, from + done, values, 0, n);
					final int at = (int) flat + done;
					for (int i = 0; i < n; i++)
						data[at + i] = values[i] != 0 ? foreground : background;
				}
			});
			return mask;
		}
		LoopBuilder.setImages(Views.zeroMin(input), mask.img()).multiThreaded()
			.forEachPixel((in, m) -> m.setByte(in.getRealDouble() != 0 ? foreground : background));
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
