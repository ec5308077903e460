package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * A per-pixel function of an image (any storage, {@link PixelBlocks}) of an
 * integer kind of at most 16 bits,
 * applied by table lookup: the function is computed once per possible input
 * value into a table of the output's storage type (stored as that kind
 * stores values: rounded half up and saturated for integer kinds), then each
 * pixel is one index and one copy, in plain array loops and in parallel. The
 * results equal computing the function per pixel. Worth it when the image has
 * several times more pixels than the table has entries.
 */
final class TabulatedMap {

	/** Pixels per table entry below which the per-pixel loop is as fast. */
	private static final long PIXELS_PER_ENTRY = 4;

	private TabulatedMap() {
		// NB: static holder
	}

	/** {@code x[i] = f(x[i], y[i])} for {@code i < n}: a function of two pixel values over blocks. */
	@FunctionalInterface
	interface PairFunction {

		void apply(double[] x, double[] y, int n);
	}

	/** {@link #map(RandomAccessibleInterval, PixelKind, DoubleUnaryOperator, ArrayImg)} into a new image. */
	static <T extends RealType<T> & NativeType<T>> Img<T> map(final RandomAccessibleInterval<? extends RealType<?>> image,
		final PixelKind kind, final DoubleUnaryOperator f)
	{
		return map(image, kind, f, null);
	}

	/**
	 * An image of {@code kind} holding {@code f} of every pixel, or
	 * {@code null} when the image is not of an integer kind of at most 16
	 * bits, or too small for a table to pay. The image is {@code into} when
	 * given (an {@code ArrayImg} of {@code kind} and the image's size; it may
	 * be the image itself: each block is read before it is written), else new.
	 */
	static <T extends RealType<T> & NativeType<T>> Img<T> map(final RandomAccessibleInterval<? extends RealType<?>> image,
		final PixelKind kind, final DoubleUnaryOperator f, final ArrayImg<?, ?> into)
	{
		final PixelBlocks pixels = PixelBlocks.of(image);
		final PixelArrays source = pixels.arrays();
		if (!source.isIndexed() || pixels.size() < PIXELS_PER_ENTRY * source.entries()) return null;
		final double[] values = new double[source.entries()];
		for (int i = 0; i < values.length; i++)
			values[i] = f.applyAsDouble(source.valueOf(i));
		final ArrayImg<T, ?> out = target(into, kind, pixels);
		final Object table = stored(values, kind);
		final Object target = PixelArrays.storage(out);
		final PixelArrays arrays = PixelArrays.of(kind);
		pixels.forEachRange((reader, first, end) -> {
			final int[] indices = new int[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.indices(b, indices);
				arrays.gather(table, indices, n, target, (int) pixels.start(b));
			}
		});
		return out;
	}

	/** The pair map below into a new image. */
	static <T extends RealType<T> & NativeType<T>> Img<T> map(final RandomAccessibleInterval<? extends RealType<?>> a,
		final RandomAccessibleInterval<? extends RealType<?>> b, final PixelKind kind, final PairFunction f)
	{
		return map(a, b, kind, f, null);
	}

	/**
	 * An image of {@code kind} holding {@code f} of every pair of pixels
	 * of {@code a} and {@code b} (of equal size), looked up in a table of
	 * every pair of values; or {@code null} when either image is not of an
	 * integer kind of at most 16 bits, the pairs are more than 65,536 (two
	 * 8-bit kinds at most), or the images are too small for the table to pay.
	 * The image is {@code into} when given (it may be {@code a} or {@code b}),
	 * else new.
	 */
	static <T extends RealType<T> & NativeType<T>> Img<T> map(final RandomAccessibleInterval<? extends RealType<?>> a,
		final RandomAccessibleInterval<? extends RealType<?>> b, final PixelKind kind, final PairFunction f,
		final ArrayImg<?, ?> into)
	{
		final PixelBlocks pa = PixelBlocks.of(a);
		final PixelBlocks pb = PixelBlocks.of(b);
		final PixelArrays sa = pa.arrays();
		final PixelArrays sb = pb.arrays();
		if (!sa.isIndexed() || !sb.isIndexed()) return null;
		final int bEntries = sb.entries();
		final long pairs = (long) sa.entries() * bEntries;
		if (pairs > 1 << 16 || pa.size() < PIXELS_PER_ENTRY * pairs) return null;
		final int entries = (int) pairs;
		final double[] x = new double[entries];
		final double[] y = new double[entries];
		for (int i = 0; i < entries; i++) {
			x[i] = sa.valueOf(i / bEntries);
			y[i] = sb.valueOf(i % bEntries);
		}
		f.apply(x, y, entries);
		final ArrayImg<T, ?> out = target(into, kind, pa);
		final Object table = stored(x, kind);
		final Object target = PixelArrays.storage(out);
		final PixelArrays arrays = PixelArrays.of(kind);
		pa.forEachRange((reader, first, end) -> {
			// NB: images of one size have the same blocks
			final PixelBlocks.Reader second = pb.reader();
			final int[] indices = new int[PixelBlocks.BLOCK];
			final int[] others = new int[PixelBlocks.BLOCK];
			for (long block = first; block < end; block++) {
				final int n = reader.indices(block, indices);
				second.indices(block, others);
				for (int i = 0; i < n; i++)
					indices[i] = indices[i] * bEntries + others[i];
				arrays.gather(table, indices, n, target, (int) pa.start(block));
			}
		});
		return out;
	}

	/** {@code into} (a caller's image, see {@link PixelArrays#flatImage}), or a new image of {@code kind} and the pixels' size. */
	@SuppressWarnings("unchecked")
	static <T extends RealType<T> & NativeType<T>> ArrayImg<T, ?> target(final ArrayImg<?, ?> into, final PixelKind kind,
		final PixelBlocks pixels)
	{
		return into != null ? (ArrayImg<T, ?>) into : PixelArrays.newImage(kind, pixels.dimensions());
	}

	/** The values stored as {@code kind} stores them, in an array of its storage type. */
	private static Object stored(final double[] values, final PixelKind kind) {
		final PixelArrays arrays = PixelArrays.of(kind);
		final Object table = arrays.allocate(values.length);
		arrays.fromDoubles(values, 0, table, 0, values.length);
		return table;
	}
}
