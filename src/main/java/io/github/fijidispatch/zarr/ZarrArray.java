package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.github.fijidispatch.op.PixelKind;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * A Zarr v2 array opened for reading, one chunk or one box at a time: memory
 * holds the chunks a call touches, never the array. A missing chunk file
 * reads as the fill value, as Zarr specifies. Thread-safe: it keeps no state
 * beyond its header, so blocks can be read in parallel.
 * <p>
 * Coordinates and sizes are ImgLib2's (x first).
 */
public final class ZarrArray {

	private final Path path;
	private final ArrayHeader header;
	private final ChunkGrid grid;

	private ZarrArray(final Path path, final ArrayHeader header) {
		this.path = path;
		this.header = header;
		this.grid = new ChunkGrid(header);
	}

	/**
	 * Opens the array in folder {@code path} (the one holding {@code .zarray}).
	 *
	 * @throws ZarrFormatException naming the file when it is not an array the suite reads
	 */
	public static ZarrArray open(final Path path) throws IOException {
		return new ZarrArray(path, ArrayHeader.read(path));
	}

	public Path path() {
		return path;
	}

	public ArrayHeader header() {
		return header;
	}

	public PixelKind kind() {
		return header.dtype().kind();
	}

	/**
	 * One whole chunk's elements (a primitive array of {@link ArrayHeader#chunkElements()}, x fastest); edge chunks
	 * are full size, as stored.
	 *
	 * @throws ZarrFormatException naming the chunk file when it is truncated, corrupt or of another size
	 */
	public Object readChunk(final long[] gridPosition) throws IOException {
		final Path file = path.resolve(header.chunkKey(gridPosition));
		final byte[] stored;
		try {
			stored = Files.readAllBytes(file);
		}
		catch (final NoSuchFileException e) {
			return ChunkElements.filled(kind(), header.chunkElements(), header.fillValue());
		}
		final int bytes = header.chunkElements() * header.dtype().bytesPerPixel();
		return ChunkElements.fromBytes(header.codec().decode(stored, bytes, file), header.dtype());
	}

	/**
	 * Reads the box {@code min}, {@code size} into {@code dest}, a primitive array of the box's size (x fastest) of
	 * this array's kind.
	 *
	 * @throws IllegalArgumentException for a box outside the array or a target of another type or size
	 */
	public void read(final long[] min, final int[] size, final Object dest) throws IOException {
		read(min, size, dest, null);
	}

	/**
	 * As {@link #read(long[], int[], Object)}, taking the chunks from {@code cache} where it holds them and keeping
	 * those it reads there ({@code null}: no cache).
	 */
	public void read(final long[] min, final int[] size, final Object dest, final ChunkCache cache) throws IOException {
		grid.checkInside(min, size, "box");
		if (!ChunkElements.holds(dest, kind()) || java.lang.reflect.Array.getLength(dest) != elements(size))
			throw new IllegalArgumentException("the target of a read of " + elements(size) + " " + kind().id() +
				" elements is a " + dest.getClass().getSimpleName() + " of " + java.lang.reflect.Array.getLength(dest));
		final int[] chunkSize = header.chunkSize();
		grid.forEachOverlap(min, size, o -> BoxCopy.copy(chunk(o.gridPosition, cache), chunkSize, o.inChunk, dest, size,
			o.inBox, o.size));
	}

	private Object chunk(final long[] gridPosition, final ChunkCache cache) throws IOException {
		if (cache == null) return readChunk(gridPosition);
		final String key = header.chunkKey(gridPosition);
		Object elements = cache.get(key);
		if (elements == null) {
			elements = readChunk(gridPosition);
			cache.put(key, elements, (long) header.chunkElements() * header.dtype().bytesPerPixel());
		}
		return elements;
	}

	/**
	 * Reads an interval into a new image placed at the interval's position.
	 *
	 * @throws IllegalArgumentException for an interval outside the array or over 2^31 - 1 elements
	 */
	public <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> read(final Interval interval) throws IOException {
		return read(interval, null);
	}

	/**
	 * As {@link #read(Interval)}, taking the chunks from {@code cache} where it holds them and keeping those it reads
	 * there ({@code null}: no cache).
	 */
	public <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> read(final Interval interval,
		final ChunkCache cache) throws IOException
	{
		final long[] min = interval.minAsLongArray();
		final int[] size = new int[min.length];
		long n = 1;
		for (int d = 0; d < size.length; d++) {
			n *= interval.dimension(d);
			if (n > Integer.MAX_VALUE - 64) throw new IllegalArgumentException("a block of " + n +
				"+ elements is more than one array holds; read smaller blocks");
			size[d] = (int) interval.dimension(d);
		}
		final Object data = ChunkElements.filled(kind(), (int) n, 0);
		read(min, size, data, cache);
		return Views.translate(ArrayImgsOf.<T>wrap(kind(), data, interval.dimensionsAsLongArray()), min);
	}

	/**
	 * The whole array as an image, for arrays small enough to hold (at most {@code maxElements}); larger ones are
	 * read block by block with {@link #read(Interval)}.
	 *
	 * @throws IllegalArgumentException saying the size when the array is larger
	 */
	public <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> readAll(final long maxElements) throws IOException {
		final long n = elements(header.dimensions());
		if (n > maxElements) throw new IllegalArgumentException(path + " holds " + n + " elements, more than the " +
			maxElements + " that may be read at once; read it block by block");
		return read(new net.imglib2.FinalInterval(header.dimensions()));
	}

	private static long elements(final int[] size) {
		long n = 1;
		for (final int s : size)
			n *= s;
		return n;
	}

	private static long elements(final long[] size) {
		long n = 1;
		for (final long s : size)
			n *= s;
		return n;
	}

	/** ArrayImg wrapping of a primitive array by kind. */
	static final class ArrayImgsOf {

		private ArrayImgsOf() {
			// NB: static holder
		}

		@SuppressWarnings("unchecked")
		static <T extends NativeType<T> & RealType<T>> ArrayImg<T, ?> wrap(final PixelKind kind, final Object data, final long[] dims) {
			switch (kind) {
				case UINT8: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.unsignedBytes((byte[]) data, dims);
				case INT8: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.bytes((byte[]) data, dims);
				case UINT16: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.unsignedShorts((short[]) data, dims);
				case INT16: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.shorts((short[]) data, dims);
				case UINT32: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.unsignedInts((int[]) data, dims);
				case INT32: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.ints((int[]) data, dims);
				case FLOAT32: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.floats((float[]) data, dims);
				case FLOAT64: return (ArrayImg<T, ?>) (ArrayImg<?, ?>) ArrayImgs.doubles((double[]) data, dims);
				default: throw new IllegalArgumentException(kind.id());
			}
		}
	}

	@Override
	public String toString() {
		return path + ": " + header;
	}
}
