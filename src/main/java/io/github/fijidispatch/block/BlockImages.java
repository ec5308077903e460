package io.github.fijidispatch.block;

import io.github.fijidispatch.op.ImageInfo;
import java.lang.reflect.Array;

import net.imglib2.Interval;
import net.imglib2.RandomAccessible;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.blocks.PrimitiveBlocks;
import net.imglib2.blocks.PrimitiveBlocks.OnFallback;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.cell.CellImgFactory;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.Type;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.transform.integer.MixedTransform;
import net.imglib2.view.IntervalView;
import net.imglib2.view.MixedTransformView;
import net.imglib2.view.Views;

/** The image plumbing of the engine: outputs to fill, block views to read, block results to place. */
final class BlockImages {

	/** Above this many pixels an output is a cell image (an array image holds at most 2^31 − 1). */
	private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 8;

	private BlockImages() {
		// NB: static holder
	}

	/** A new image of this size and kind, zero-filled. */
	static <T extends RealType<T> & NativeType<T>> Img<T> create(final ImageInfo info) {
		final T type = info.kind().createType();
		return info.pixelCount() <= ARRAY_LIMIT ? new ArrayImgFactory<>(type).create(info.dimensions())
			: new CellImgFactory<>(type, 256).create(info.dimensions());
	}

	/**
	 * The box of an image as an image of its own whose first pixel is 0 (a view, no copy): one translation of the
	 * image, cut to the box's size. NB: built so rather than as {@code Views.zeroMin(Views.interval(image, box))}, which
	 * gives the same pixels through one more view and computes its translation with a stream: a block's box is made
	 * for every block and every input and output, and the rows of a box are looked up through its chain of views.
	 */
	static <T> RandomAccessibleInterval<T> box(final RandomAccessibleInterval<T> image, final Interval box) {
		final int n = box.numDimensions();
		final long[] offset = new long[n];
		final long[] last = new long[n];
		for (int d = 0; d < n; d++) {
			offset[d] = box.min(d);
			last[d] = box.max(d) - offset[d];
		}
		final MixedTransform translation = translation(n);
		translation.setTranslation(offset);
		return new IntervalView<>(new MixedTransformView<>(image, translation), new long[n], last);
	}

	/**
	 * This thread's transform of {@code n} axes to set a box's translation in: a {@code MixedTransformView} keeps a
	 * copy of the transform it is given, so one per thread serves every box (a box is made for every block and every
	 * input and output, on the engine's threads at once).
	 */
	private static MixedTransform translation(final int n) {
		final MixedTransform[] mine = TRANSLATIONS.get();
		if (n >= mine.length) return new MixedTransform(n, n);
		if (mine[n] == null) mine[n] = new MixedTransform(n, n);
		return mine[n];
	}

	/** Per thread, a transform for each number of axes up to 7 ({@link #translation}). */
	private static final ThreadLocal<MixedTransform[]> TRANSLATIONS = ThreadLocal.withInitial(() -> new MixedTransform[8]);

	/**
	 * Copies {@code part} of a block's result (in the result's coordinates) into
	 * {@code target} at {@code min}. Both have the same pixel type (the op's
	 * output kind). An array-image target gets rows of primitives (read with
	 * ImgLib2's {@code PrimitiveBlocks}); others a pixel loop.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void place(final RandomAccessibleInterval<?> result, final Interval part, final RandomAccessibleInterval<?> target,
		final long[] min)
	{
		final Object storage = arrayStorage(target);
		if (storage != null) {
			placeRows(result, part, storage, Intervals.dimensionsAsLongArray(target), min);
			return;
		}
		final RandomAccessibleInterval source = box(result, part);
		final long[] max = new long[min.length];
		for (int d = 0; d < max.length; d++)
			max[d] = min[d] + source.dimension(d) - 1;
		final RandomAccessibleInterval destination = Views.interval((RandomAccessibleInterval) target, min, max);
		copy(source, destination);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void placeRows(final RandomAccessibleInterval<?> result, final Interval part, final Object storage,
		final long[] dims, final long[] min)
	{
		final int n = part.numDimensions();
		final int[] size = new int[n];
		int count = 1;
		for (int d = 0; d < n; d++) {
			size[d] = Math.toIntExact(part.dimension(d));
			count = Math.multiplyExact(count, size[d]);
		}
		// NB: rows straight from a result in one array of the same type (the usual block result); else read through
		// ImgLib2's PrimitiveBlocks first
		final Object flat = arrayStorage(result);
		final boolean direct = flat != null && flat.getClass() == storage.getClass() && result.min(0) == 0;
		final long[] from = Intervals.minAsLongArray(part);
		final long[] resultDims = Intervals.dimensionsAsLongArray(result);
		final Object rows = direct ? flat : Array.newInstance(storage.getClass().getComponentType(), count);
		if (!direct) PrimitiveBlocks.of((RandomAccessible) result, OnFallback.ACCEPT).copy(from, rows, size);
		for (int r = 0, rowCount = count / size[0]; r < rowCount; r++) {
			long rest = r;
			long offset = min[0];
			long stride = dims[0];
			long source = direct ? from[0] : (long) r * size[0];
			long sourceStride = resultDims[0];
			for (int d = 1; d < n; d++) {
				final long y = rest % size[d];
				offset += (min[d] + y) * stride;
				if (direct) source += (from[d] + y) * sourceStride;
				rest /= size[d];
				stride *= dims[d];
				sourceStride *= resultDims[d];
			}
			System.arraycopy(rows, (int) source, storage, (int) offset, size[0]);
		}
	}

	/** The primitive array behind an array image, or {@code null} for any other image. */
	private static Object arrayStorage(final RandomAccessibleInterval<?> image) {
		if (!(image instanceof ArrayImg)) return null;
		final Object access = ((ArrayImg<?, ?>) image).update(null);
		return access instanceof ArrayDataAccess ? ((ArrayDataAccess<?>) access).getCurrentStorageArray() : null;
	}

	private static <T extends Type<T>> void copy(final RandomAccessibleInterval<T> source,
		final RandomAccessibleInterval<T> target)
	{
		LoopBuilder.setImages(source, target).multiThreaded().forEachPixel((s, t) -> t.set(s));
	}
}
