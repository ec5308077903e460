package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.blocks.PrimitiveBlocks;
import net.imglib2.blocks.PrimitiveBlocks.OnFallback;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.type.NativeType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * The pixels of an image of a {@link PixelKind}, in raster order (X fastest),
 * read in blocks, in the cheapest of three ways. Where the storage itself
 * holds a block in raster order (an {@code ArrayImg}; a {@code PlanarImg}
 * whose blocks stay within a plane) the block is read in place: no copy at
 * all. A view of an {@code ArrayImg} or {@code PlanarImg} (translated,
 * cropped, permuted, inverted, turned, sliced) is read row by row in strides
 * computed from the view ({@link StridedRows}). Anything else (a
 * {@code CellImg} and views of it, other views) is copied through ImgLib2's
 * {@link PrimitiveBlocks}, or its per-pixel fallback for what it cannot
 * analyse, with the same values.
 * <p>
 * Blocks cut the raster into contiguous runs of at most {@link #BLOCK}
 * pixels that are boxes of the image: whole leading axes (rows, planes) and a
 * range along the next one, so that block {@code b} is the flat indices
 * {@link #start}{@code (b) ..} {@code start(b) + }{@link #length}{@code (b) − 1}
 * of the image, and of every image of the same size (an output written
 * with {@link PixelArrays}, a second operand). Values convert through the
 * kind's {@link PixelArrays} entry.
 * </p>
 * <p>
 * Threads: this object is immutable and shared; each task reads through its
 * own {@link Reader} (its own {@code PrimitiveBlocks.independentCopy()} and
 * buffers), as {@code PrimitiveBlocks} instances are not thread-safe.
 * {@link #forEachRange} hands the blocks out in parallel ranges
 * ({@link ParallelRanges}) with a reader each.
 * </p>
 */
final class PixelBlocks {

	/** Pixels per block, at most: a block of doubles stays in the L1/L2 cache. */
	static final int BLOCK = 4096;

	/** Blocks per parallel range, at least (64 Ki pixels). */
	private static final long GRAIN = (1 << 16) / BLOCK;

	/** Work on the blocks [{@code first}, {@code end}), read through {@code reader}. */
	@FunctionalInterface
	interface RangeTask {

		void run(Reader reader, long first, long end);
	}

	/** The library's copier, {@code null} when blocks are read in place or in strides. */
	private final PrimitiveBlocks<?> source;
	/** The view addressed in its storage, or {@code null} (read in place, or through the library). */
	private final StridedRows strided;
	private final PixelArrays arrays;
	private final long[] min;
	private final long[] dims;
	/** The axis along which a block takes {@link #thickness} slices; the axes below it are whole. */
	private final int axis;
	/** Pixels per slice of {@link #axis}: the product of the dimensions below it. */
	private final long slice;
	private final long thickness;
	private final long blocksPerOuter;
	private final long count;
	/**
	 * The storage arrays when they hold the raster in order and every block
	 * lies within one of them (an ArrayImg; a PlanarImg whose blocks stay in a
	 * plane): blocks are then read in place, without a copy. {@code null}
	 * otherwise.
	 */
	private final Object[] storage;
	private final long storageLength;
	/** Where pixel 0 lies in the concatenated {@link #storage} (a slice of a larger image: not 0). */
	private final long storageBase;

	private <T extends NativeType<T>> PixelBlocks(final RandomAccessibleInterval<T> image, final PixelKind kind,
		final RandomAccessibleInterval<?> stored, final long storageBase)
	{
		arrays = PixelArrays.of(kind);
		min = Intervals.minAsLongArray(image);
		dims = Intervals.dimensionsAsLongArray(image);
		int a = 0;
		long p = 1;
		while (a < dims.length && p * dims[a] <= BLOCK)
			p *= dims[a++];
		axis = a;
		slice = p;
		if (a == dims.length) {
			thickness = 1;
			blocksPerOuter = 1;
			count = 1;
		}
		else {
			thickness = BLOCK / p;
			blocksPerOuter = (dims[a] + thickness - 1) / thickness;
			long outer = 1;
			for (int d = a + 1; d < dims.length; d++)
				outer *= dims[d];
			count = outer * blocksPerOuter;
		}
		storage = storageOf(stored, kind, axis < 2 || dims.length <= 2);
		storageLength = storage == null ? 0 : java.lang.reflect.Array.getLength(storage[0]);
		this.storageBase = storageBase;
		strided = storage == null ? StridedRows.of(image, kind) : null;
		// NB: ACCEPT: a view the library cannot analyse still reads correctly, through its LoopBuilder fallback;
		// none at all for storage read in place or in strides (analysing a view costs more than some whole calls)
		source = storage != null || strided != null ? null : PrimitiveBlocks.of(image, OnFallback.ACCEPT);
	}

	/**
	 * See {@link #storage}: the arrays of {@code stored} (an ArrayImg, or a
	 * PlanarImg when {@code withinPlanes}: the blocks stay in an XY plane).
	 */
	static Object[] storageOf(final RandomAccessibleInterval<?> stored, final PixelKind kind,
		final boolean withinPlanes)
	{
		if (stored instanceof PlanarImg && !withinPlanes) return null;
		return StridedRows.arraysOf(stored, kind);
	}

	/**
	 * The blocks of {@code image}.
	 *
	 * @throws IllegalArgumentException when its pixel type is not a {@link PixelKind}
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static PixelBlocks of(final RandomAccessibleInterval<?> image) {
		return new PixelBlocks((RandomAccessibleInterval) image, kindOf(image), image, 0);
	}

	/**
	 * The blocks of each slice of {@code image} across {@code axis} (slice
	 * {@code k} is {@code Views.hyperSlice(image, axis, min + k)}), all of one
	 * size, so with the same blocks. Slices across the last axis of an
	 * ArrayImg or PlanarImg are runs of its storage: they are read in place.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static PixelBlocks[] slices(final RandomAccessibleInterval<?> image, final int axis) {
		final PixelKind kind = kindOf(image);
		final boolean last = axis == image.numDimensions() - 1;
		final long sliceSize = Intervals.numElements(image) / image.dimension(axis);
		final PixelBlocks[] slices = new PixelBlocks[(int) image.dimension(axis)];
		for (int k = 0; k < slices.length; k++)
			slices[k] = new PixelBlocks((RandomAccessibleInterval) Views.hyperSlice(image, axis, image.min(axis) + k), kind,
				last ? image : null, k * sliceSize);
		return slices;
	}

	private static PixelKind kindOf(final RandomAccessibleInterval<?> image) {
		final Object type = image.getType();
		final PixelKind kind = PixelKind.of(type);
		if (kind == null) throw new IllegalArgumentException("pixel type " + type.getClass().getSimpleName() +
			" is none of the supported kinds (uint8, uint16, float32, int8, int16, int32, uint32, float64)");
		return kind;
	}

	PixelKind kind() {
		return arrays.kind();
	}

	/** The kind's entry of the per-kind table. */
	PixelArrays arrays() {
		return arrays;
	}

	long[] dimensions() {
		return dims.clone();
	}

	/** The number of pixels. */
	long size() {
		return Intervals.numElements(dims);
	}

	/** The number of blocks. */
	long count() {
		return count;
	}

	/** The flat index (X fastest, counted from the image's min) of block {@code block}'s first pixel. */
	long start(final long block) {
		if (axis == dims.length) return 0;
		final long outer = block / blocksPerOuter;
		final long first = block % blocksPerOuter * thickness;
		return (outer * dims[axis] + first) * slice;
	}

	/** The number of pixels of block {@code block}. */
	int length(final long block) {
		if (axis == dims.length) return (int) slice;
		final long first = block % blocksPerOuter * thickness;
		return (int) (Math.min(thickness, dims[axis] - first) * slice);
	}

	/**
	 * Whether blocks are copied through ImgLib2's {@code PrimitiveBlocks}
	 * (a CellImg, a view of one, other views): not read in place nor in
	 * strides from an ArrayImg or PlanarImg.
	 */
	boolean readsThroughLibrary() {
		return source != null;
	}

	/**
	 * Copies every pixel, as stored and in raster order, into {@code target}
	 * (an array of the kind's storage type, {@link PixelArrays#allocate}) from
	 * 0, in parallel ranges: straight from the storage where it is read in
	 * place or in strides (no intermediate block), else block by block
	 * through {@code PrimitiveBlocks}.
	 */
	void copyStored(final Object target) {
		forEachRange((reader, first, end) -> {
			if (strided != null) {
				final long from = start(first);
				strided.copy(from, start(end - 1) + length(end - 1) - from, target, (int) from);
				return;
			}
			for (long b = first; b < end; b++) {
				final int n = reader.load(b);
				System.arraycopy(reader.array(), reader.offset(), target, (int) start(b), n);
			}
		});
	}

	/** A reader for one task (not thread-safe; cheap). */
	Reader reader() {
		return new Reader();
	}

	/**
	 * Runs {@code task} over all blocks, cut into ranges of at least 64 Ki
	 * pixels run in parallel on ImgLib2's current executor, each range with a
	 * reader of its own.
	 */
	void forEachRange(final RangeTask task) {
		forEachRange(1, task);
	}

	/**
	 * {@link #forEachRange(RangeTask)} for tasks that read {@code cost}
	 * blocks (of as many images) per block: ranges of at least 64 Ki pixel
	 * reads.
	 */
	void forEachRange(final int cost, final RangeTask task) {
		ParallelRanges.forEach(count, Math.max(1, GRAIN / cost), (first, end) -> task.run(reader(), first, end));
	}

	/**
	 * How many pixels hold each value, by index ({@link PixelArrays#isIndexed}
	 * kinds only); counted in parallel, straight from the stored values
	 * ({@link PixelArrays#count}).
	 */
	long[] histogram() {
		final long[] histogram = new long[arrays.entries()];
		forEachRange((reader, first, end) -> {
			final int[] counts = new int[arrays.entries()];
			long counted = 0;
			for (long b = first; b < end; b++) {
				final int n = reader.load(b);
				arrays.count(reader.array(), reader.offset(), n, counts);
				counted += n;
				// NB: an int count holds any range below 2^31 pixels; larger ones are added up on the way
				if (counted > Integer.MAX_VALUE - BLOCK || b == end - 1) {
					addTo(histogram, counts);
					counted = 0;
				}
			}
		});
		return histogram;
	}

	private static void addTo(final long[] histogram, final int[] counts) {
		synchronized (histogram) {
			for (int i = 0; i < counts.length; i++)
				histogram[i] += counts[i];
		}
		java.util.Arrays.fill(counts, 0);
	}

	/** Reads blocks for one task: its own copy of the {@code PrimitiveBlocks} and its own buffers. */
	final class Reader {

		private final PrimitiveBlocks<?> blocks = source == null ? null : source.independentCopy();
		/** A block's copy, made when a block is first copied (readers of rows, or of the storage, need none). */
		private Object buffer;
		private Object array;
		private int offset;
		private final long[] position = new long[dims.length];
		private final int[] size = new int[dims.length];
		/** Where the rows this reader reads one after another start, when the view's rows are runs. */
		private final StridedRows.Cursor cursor = strided == null || !strided.rowsAreRuns() ? null : strided.cursor();
		private Object row;

		private Reader() {}

		/**
		 * Makes block {@code block}, as stored (an array of the kind's storage
		 * type, see {@link PixelArrays}), the values {@link #array()} from
		 * {@link #offset()}: the image's own storage when it holds the block in
		 * order, else a copy (in strides from the storage, or made by
		 * {@code PrimitiveBlocks}); returns its length.
		 */
		int load(final long block) {
			if (storage != null) {
				final long start = storageBase + start(block);
				array = storage[(int) (start / storageLength)];
				offset = (int) (start % storageLength);
				return length(block);
			}
			array = buffer();
			offset = 0;
			if (strided != null) {
				strided.copy(start(block), length(block), array, 0);
				return length(block);
			}
			final long outer = block / blocksPerOuter;
			final long first = block % blocksPerOuter * thickness;
			for (int d = 0; d < axis; d++) {
				position[d] = min[d];
				size[d] = (int) dims[d];
			}
			if (axis < dims.length) {
				position[axis] = min[axis] + first;
				size[axis] = (int) Math.min(thickness, dims[axis] - first);
				long rest = outer;
				for (int d = axis + 1; d < dims.length; d++) {
					position[d] = min[d] + rest % dims[d];
					size[d] = 1;
					rest /= dims[d];
				}
			}
			blocks.copy(position, array, size);
			return length(block);
		}

		/**
		 * Copies the box of the image from {@code offset} (counted from its min)
		 * of {@code size} (at most {@link #BLOCK} pixels), as stored and in raster
		 * order, into {@link #array()} from 0, through {@code PrimitiveBlocks};
		 * returns its number of pixels. For copies that take boxes other than
		 * the blocks (tiles of a turned view); only when
		 * {@link #readsThroughLibrary}.
		 */
		int box(final long[] offset, final int[] size) {
			if (blocks == null) throw new IllegalStateException("box(): this image is read from its storage; use load()");
			for (int d = 0; d < dims.length; d++)
				position[d] = min[d] + offset[d];
			array = buffer();
			blocks.copy(position, array, size);
			this.offset = 0;
			return (int) Intervals.numElements(size);
		}

		/** The block buffer, allocated once: no image holds less than its blocks (a 4×4 call pays for 16 pixels). */
		private Object buffer() {
			if (buffer == null) buffer = arrays.allocate((int) Math.min(BLOCK, size()));
			return buffer;
		}

		/** The array holding the last {@link #load}ed block, from {@link #offset()}; to be read only. */
		Object array() {
			return array;
		}

		/** Where the last {@link #load}ed block starts in {@link #array()}. */
		int offset() {
			return offset;
		}

		/** Reads block {@code block} into {@code dst[0..n)} as {@code getRealDouble} reads; returns n. */
		int doubles(final long block, final double[] dst) {
			final int n = load(block);
			arrays.toDoubles(array, offset, dst, 0, n);
			return n;
		}

		/** Reads block {@code block} into {@code dst[at..at + n)} as float; returns n. */
		int floats(final long block, final float[] dst, final int at) {
			final int n = load(block);
			arrays.toFloats(array, offset, dst, at, n);
			return n;
		}

		/** Reads block {@code block} as table indices into {@code dst[0..n)} ({@link PixelArrays#isIndexed}); returns n. */
		int indices(final long block, final int[] dst) {
			final int n = load(block);
			arrays.toIndices(array, offset, dst, 0, n);
			return n;
		}

		/** Reads row {@code row} (a line along X; rows counted X-major over the other axes) into {@code dst[0..width)}. */
		void row(final long row, final double[] dst) {
			final int width = (int) dims[0];
			if (storage != null) {
				// NB: a row never crosses a storage array
				final long start = storageBase + row * width;
				arrays.toDoubles(storage[(int) (start / storageLength)], (int) (start % storageLength), dst, 0, width);
				return;
			}
			if (cursor != null) {
				arrays.toDoubles(strided.runArray(), cursor.runStart(row), dst, 0, width);
				return;
			}
			arrays.toDoubles(storedRow(row), 0, dst, 0, width);
		}

		/** Reads {@code n} pixels of row {@code row} from {@code x} as floats into {@code dst[at .. at + n)}. */
		void rowFloats(final long row, final int x, final int n, final float[] dst, final int at) {
			if (storage != null) {
				final long start = storageBase + row * dims[0] + x;
				arrays.toFloats(storage[(int) (start / storageLength)], (int) (start % storageLength), dst, at, n);
				return;
			}
			if (cursor != null) {
				// NB: a box of an array image (a block's): the row where it is stored, not first copied to a row buffer
				arrays.toFloats(strided.runArray(), cursor.runStart(row) + x, dst, at, n);
				return;
			}
			arrays.toFloats(storedRow(row), x, dst, at, n);
		}

		/** Row {@code row}, as stored, in this reader's row buffer (for an image not read straight from its storage). */
		private Object storedRow(final long row) {
			final int width = (int) dims[0];
			if (this.row == null) this.row = arrays.allocate(width);
			if (strided != null) {
				strided.copy(row * width, width, this.row, 0);
				return this.row;
			}
			long rest = row;
			position[0] = min[0];
			size[0] = width;
			for (int d = 1; d < dims.length; d++) {
				position[d] = min[d] + rest % dims[d];
				size[d] = 1;
				rest /= dims[d];
			}
			blocks.copy(position, this.row, size);
			return this.row;
		}
	}
}
