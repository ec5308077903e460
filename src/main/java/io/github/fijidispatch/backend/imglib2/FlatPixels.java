package io.github.fijidispatch.backend.imglib2;

import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.util.Util;

/**
 * The pixels of an array-backed image ({@link StorageArrays}) as one flat
 * sequence (X fastest) read and written in blocks of doubles, so that
 * per-pixel ops run as plain array loops. Reading gives exactly what
 * {@code getRealDouble} gives; writing stores what {@code setReal} stores
 * after {@link StoredValues} (integer kinds rounded half up and saturated, NaN
 * as 0). The per-kind part is one small lambda each way; the loops are
 * written once.
 */
final class FlatPixels {

	/** Values per block: small enough to stay in cache. */
	static final int BLOCK = 4096;

	/** Converts {@code n} storage values from {@code from} into {@code dst[at..]}. */
	@FunctionalInterface
	private interface Reader {

		void read(Object array, int from, double[] dst, int at, int n);
	}

	/** Stores {@code n} values of {@code src[at..]} into the storage from {@code from}. */
	@FunctionalInterface
	private interface Writer {

		void write(double[] src, int at, Object array, int from, int n);
	}

	private final PixelKind kind;
	private final StorageChunks chunks;
	private final Reader reader;
	private final Writer writer;

	private FlatPixels(final PixelKind kind, final List<Object> arrays) {
		this.kind = kind;
		this.chunks = new StorageChunks(arrays);
		reader = reader(kind);
		writer = writer(kind);
	}

	/** The flat pixels of {@code image}, or {@code null} when it is not array-backed (a view, another container). */
	static FlatPixels of(final RandomAccessibleInterval<?> image) {
		final List<Object> arrays = StorageArrays.of(image);
		if (arrays == null) return null;
		return new FlatPixels(PixelKind.of(Util.getTypeFromInterval(image)), arrays);
	}

	PixelKind kind() {
		return kind;
	}

	long size() {
		return chunks.size();
	}

	/** Reads pixels {@code flat .. flat + n − 1} into {@code dst[0..n)}. */
	void read(final long flat, final double[] dst, final int n) {
		chunks.visit(flat, n, (array, from, done, length) -> reader.read(array, from, dst, done, length));
	}

	/** Stores {@code src[0..n)} as pixels {@code flat .. flat + n − 1}. */
	void write(final long flat, final double[] src, final int n) {
		chunks.visit(flat, n, (array, from, done, length) -> writer.write(src, done, array, from, length));
	}

	/**
	 * Runs {@code task} over [0, {@code total}) cut into contiguous ranges of
	 * at least 64 Ki pixels, in parallel ({@link ParallelRanges}).
	 */
	static void forEachRange(final long total, final ParallelRanges.RangeTask task) {
		ParallelRanges.forEach(total, 1 << 16, task);
	}

	private static Reader reader(final PixelKind kind) {
		switch (kind) {
			case UINT8: return (a, from, dst, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] & 0xff; };
			case INT8: return (a, from, dst, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i]; };
			case UINT16: return (a, from, dst, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] & 0xffff; };
			case INT16: return (a, from, dst, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i]; };
			case INT32: return (a, from, dst, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i]; };
			case UINT32: return (a, from, dst, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] & 0xffffffffL; };
			case FLOAT32: return (a, from, dst, at, n) -> { final float[] s = (float[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i]; };
			default: return (a, from, dst, at, n) -> System.arraycopy(a, from, dst, at, n);
		}
	}

	private static Writer writer(final PixelKind kind) {
		final double min = kind.createType().getMinValue();
		final double max = kind.createType().getMaxValue();
		switch (kind) {
			case UINT8: case INT8: return (src, at, a, from, n) -> { final byte[] d = (byte[]) a; for (int i = 0; i < n; i++) d[from + i] = (byte) (int) StoredValues.roundedForCast(src[at + i], min, max); };
			case UINT16: case INT16: return (src, at, a, from, n) -> { final short[] d = (short[]) a; for (int i = 0; i < n; i++) d[from + i] = (short) (int) StoredValues.roundedForCast(src[at + i], min, max); };
			case INT32: case UINT32: return (src, at, a, from, n) -> { final int[] d = (int[]) a; for (int i = 0; i < n; i++) d[from + i] = (int) (long) StoredValues.roundedForCast(src[at + i], min, max); };
			case FLOAT32: return (src, at, a, from, n) -> { final float[] d = (float[]) a; for (int i = 0; i < n; i++) d[from + i] = (float) src[at + i]; };
			default: return (src, at, a, from, n) -> System.arraycopy(src, at, a, from, n);
		}
	}
}
