package io.github.fijidispatch.block;

import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.cell.CellImgFactory;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.Type;
import net.imglib2.type.numeric.RealType;
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

	/** The box of an image as an image of its own whose first pixel is 0 (a view, no copy). */
	static <T> RandomAccessibleInterval<T> box(final RandomAccessibleInterval<T> image, final Interval box) {
		return Views.zeroMin(Views.interval(image, box));
	}

	/**
	 * Copies {@code part} of a block's result (in the result's coordinates) into
	 * {@code target} at {@code min}. Both have the same pixel type (the op's
	 * output kind).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void place(final RandomAccessibleInterval<?> result, final Interval part, final RandomAccessibleInterval<?> target,
		final long[] min)
	{
		final RandomAccessibleInterval source = box(result, part);
		final long[] max = new long[min.length];
		for (int d = 0; d < max.length; d++)
			max[d] = min[d] + source.dimension(d) - 1;
		final RandomAccessibleInterval destination = Views.interval((RandomAccessibleInterval) target, min, max);
		copy(source, destination);
	}

	private static <T extends Type<T>> void copy(final RandomAccessibleInterval<T> source,
		final RandomAccessibleInterval<T> target)
	{
		LoopBuilder.setImages(source, target).multiThreaded().forEachPixel((s, t) -> t.set(s));
	}
}
