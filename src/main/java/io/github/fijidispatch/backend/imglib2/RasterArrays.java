package io.github.fijidispatch.backend.imglib2;

import net.imglib2.RandomAccessibleInterval;

/**
 * The pixels of an image (at most 3D) as primitive arrays of its kind's
 * storage type ({@link PixelArrays}) holding the raster in order (X fastest),
 * for loops that run straight over the stored values: the image's own storage
 * when it is an {@code ArrayImg} (one array) or a {@code PlanarImg} (one array
 * per XY plane), read in place; otherwise a copy made once through
 * {@link PixelBlocks} (any view or {@code CellImg}). A run of pixels that
 * stays within one XY plane lies within one array: {@link #array} and
 * {@link #offset} of its first flat index find it. To be read only.
 */
final class RasterArrays {

	private final PixelArrays arrays;
	private final Object[] storage;
	private final long arrayLength;

	private RasterArrays(final PixelArrays arrays, final Object[] storage) {
		this.arrays = arrays;
		this.storage = storage;
		// NB: an empty image has no index to find
		arrayLength = Math.max(1, java.lang.reflect.Array.getLength(storage[0]));
	}

	/**
	 * The raster of {@code image}, in place or copied.
	 *
	 * @throws IllegalArgumentException when its pixel type is not a supported kind
	 */
	static RasterArrays of(final RandomAccessibleInterval<?> image) {
		final PixelBlocks pixels = PixelBlocks.of(image);
		final Object[] stored = PixelBlocks.storageOf(image, pixels.kind(), true);
		if (stored != null) return new RasterArrays(pixels.arrays(), stored);
		return new RasterArrays(pixels.arrays(), new Object[] { copy(pixels) });
	}

	/** The pixels in one new array, block by block in parallel. */
	private static Object copy(final PixelBlocks pixels) {
		final Object copy = pixels.arrays().allocate(Math.toIntExact(pixels.size()));
		pixels.forEachRange((reader, first, end) -> {
			for (long b = first; b < end; b++) {
				final int n = reader.load(b);
				System.arraycopy(reader.array(), reader.offset(), copy, (int) pixels.start(b), n);
			}
		});
		return copy;
	}

	/** The kind's entry of the per-kind table. */
	PixelArrays arrays() {
		return arrays;
	}

	/** The array that holds flat index {@code index}. */
	Object array(final long index) {
		return storage[(int) (index / arrayLength)];
	}

	/** Where flat index {@code index} lies in {@link #array}{@code (index)}. */
	int offset(final long index) {
		return (int) (index % arrayLength);
	}

	/** The values from flat index {@code index} to the end of its {@link #array}. */
	long restOfArray(final long index) {
		return arrayLength - offset(index);
	}
}
