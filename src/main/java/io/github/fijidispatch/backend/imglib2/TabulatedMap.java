package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * A per-pixel function of an image of an integer kind of at most 16 bits,
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

	/** {@code dst[at + i] = table[indices[i]]} for {@code i < n}. */
	@FunctionalInterface
	private interface Gather {

		void gather(Object table, int[] indices, int n, Object dst, int at);
	}

	/**
	 * A new image of {@code kind} holding {@code f} of every pixel, or
	 * {@code null} when the image is not array-backed, not of an integer kind
	 * of at most 16 bits, or too small for a table to pay.
	 */
	static <T extends RealType<T> & NativeType<T>> Img<T> map(final RandomAccessibleInterval<? extends RealType<?>> image,
		final PixelKind kind, final DoubleUnaryOperator f)
	{
		final IndexedPixels pixels = IndexedPixels.of(image);
		if (pixels == null || pixels.size() < PIXELS_PER_ENTRY * pixels.entries()) return null;
		final Img<T> out = new ArrayImgFactory<>(kind.<T> createType()).create(image);
		final Object table = table(pixels, kind, f);
		final Object target = StorageArrays.of(out).get(0);
		final Gather gather = gather(target);
		ParallelRanges.forEach(pixels.size(), 1 << 16, (from, end) -> {
			final int[] indices = new int[IndexedPixels.BLOCK];
			for (long flat = from; flat < end; flat += IndexedPixels.BLOCK) {
				final int n = (int) Math.min(IndexedPixels.BLOCK, end - flat);
				pixels.read(flat, indices, n);
				gather.gather(table, indices, n, target, (int) flat);
			}
		});
		return out;
	}

	/**
	 * A new image of {@code kind} holding {@code f} of every pair of pixels
	 * of {@code a} and {@code b} (of equal size), looked up in a table of
	 * every pair of values; or {@code null} when either image is not
	 * array-backed, the pairs are more than 65,536 (two 8-bit kinds at most),
	 * or the images are too small for the table to pay.
	 */
	static <T extends RealType<T> & NativeType<T>> Img<T> map(final RandomAccessibleInterval<? extends RealType<?>> a,
		final RandomAccessibleInterval<? extends RealType<?>> b, final PixelKind kind, final PairFunction f)
	{
		final IndexedPixels pa = IndexedPixels.of(a);
		final IndexedPixels pb = IndexedPixels.of(b);
		if (pa == null || pb == null || pa.size() != pb.size()) return null;
		final int bEntries = pb.entries();
		final long pairs = (long) pa.entries() * bEntries;
		if (pairs > 1 << 16 || pa.size() < PIXELS_PER_ENTRY * pairs) return null;
		final int entries = (int) pairs;
		final double[] x = new double[entries];
		final double[] y = new double[entries];
		for (int i = 0; i < entries; i++) {
			x[i] = pa.valueOf(i / bEntries);
			y[i] = pb.valueOf(i % bEntries);
		}
		f.apply(x, y, entries);
		final Img<T> out = new ArrayImgFactory<>(kind.<T> createType()).create(a);
		final Object table = stored(x, kind);
		final Object target = StorageArrays.of(out).get(0);
		final Gather gather = gather(target);
		ParallelRanges.forEach(pa.size(), 1 << 16, (from, end) -> {
			final int[] indices = new int[IndexedPixels.BLOCK];
			final int[] second = new int[IndexedPixels.BLOCK];
			for (long flat = from; flat < end; flat += IndexedPixels.BLOCK) {
				final int n = (int) Math.min(IndexedPixels.BLOCK, end - flat);
				pa.read(flat, indices, n);
				pb.read(flat, second, n);
				for (int i = 0; i < n; i++)
					indices[i] = indices[i] * bEntries + second[i];
				gather.gather(table, indices, n, target, (int) flat);
			}
		});
		return out;
	}

	/** {@code f} of every value of {@code source}, stored as {@code kind} stores it. */
	private static <T extends RealType<T> & NativeType<T>> Object table(final IndexedPixels pixels, final PixelKind kind,
		final DoubleUnaryOperator f)
	{
		final int entries = pixels.entries();
		final double[] values = new double[entries];
		for (int i = 0; i < entries; i++)
			values[i] = f.applyAsDouble(pixels.valueOf(i));
		return stored(values, kind);
	}

	/** The values stored as {@code kind} stores them, in an array of its storage type. */
	private static <T extends RealType<T> & NativeType<T>> Object stored(final double[] values, final PixelKind kind) {
		final Img<T> table = new ArrayImgFactory<>(kind.<T> createType()).create(values.length);
		FlatPixels.of(table).write(0, values, values.length);
		return StorageArrays.of(table).get(0);
	}

	private static Gather gather(final Object target) {
		if (target instanceof byte[]) return (t, idx, n, d, at) -> { final byte[] v = (byte[]) t; final byte[] o = (byte[]) d; for (int i = 0; i < n; i++) o[at + i] = v[idx[i]]; };
		if (target instanceof short[]) return (t, idx, n, d, at) -> { final short[] v = (short[]) t; final short[] o = (short[]) d; for (int i = 0; i < n; i++) o[at + i] = v[idx[i]]; };
		if (target instanceof int[]) return (t, idx, n, d, at) -> { final int[] v = (int[]) t; final int[] o = (int[]) d; for (int i = 0; i < n; i++) o[at + i] = v[idx[i]]; };
		if (target instanceof float[]) return (t, idx, n, d, at) -> { final float[] v = (float[]) t; final float[] o = (float[]) d; for (int i = 0; i < n; i++) o[at + i] = v[idx[i]]; };
		return (t, idx, n, d, at) -> { final double[] v = (double[]) t; final double[] o = (double[]) d; for (int i = 0; i < n; i++) o[at + i] = v[idx[i]]; };
	}
}
