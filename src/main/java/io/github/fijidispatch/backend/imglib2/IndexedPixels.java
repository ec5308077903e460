package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.util.Util;

/**
 * The pixels of an array-backed image ({@link StorageArrays}) of an integer
 * kind of at most 16 bits, read in blocks as indices
 * {@code value − kind minimum} into tables of one entry per possible value:
 * what table lookups ({@link TabulatedMap}) and histograms use. Flat pixel
 * order (X fastest), as {@link FlatPixels}.
 */
final class IndexedPixels {

	/** Indices per block: small enough to stay in cache. */
	static final int BLOCK = 4096;

	/** Converts {@code n} storage values from {@code from} into {@code dst[at..]}. */
	@FunctionalInterface
	private interface IndexReader {

		void read(Object array, int from, int[] dst, int at, int n);
	}

	private final PixelKind kind;
	private final StorageChunks chunks;
	private final IndexReader reader;
	private final double lowest;

	private IndexedPixels(final PixelKind kind, final List<Object> arrays) {
		this.kind = kind;
		this.lowest = kind.createType().getMinValue();
		this.chunks = new StorageChunks(arrays);
		this.reader = reader(kind);
	}

	/** The indexed pixels of {@code image}, or {@code null} when it is not array-backed or not of such a kind. */
	static IndexedPixels of(final RandomAccessibleInterval<?> image) {
		final PixelKind kind = PixelKind.of(Util.getTypeFromInterval(image));
		if (kind == null || !kind.isInteger() || kind.bytesPerPixel() > 2) return null;
		final List<Object> arrays = StorageArrays.of(image);
		return arrays == null ? null : new IndexedPixels(kind, arrays);
	}

	PixelKind kind() {
		return kind;
	}

	long size() {
		return chunks.size();
	}

	/** The number of possible values: the table size. */
	int entries() {
		return 1 << (8 * kind.bytesPerPixel());
	}

	/** The value an index stands for. */
	double valueOf(final int index) {
		return lowest + index;
	}

	/** Reads the indices of pixels {@code flat .. flat + n − 1} into {@code dst[0..n)}. */
	void read(final long flat, final int[] dst, final int n) {
		chunks.visit(flat, n, (array, from, done, length) -> reader.read(array, from, dst, done, length));
	}

	/** How many pixels hold each value, by index; counted in parallel. */
	long[] histogram() {
		final List<long[]> parts = new ArrayList<>();
		ParallelRanges.forEach(size(), 1 << 16, (from, end) -> {
			final long[] counts = new long[entries()];
			final int[] indices = new int[BLOCK];
			for (long flat = from; flat < end; flat += BLOCK) {
				final int n = (int) Math.min(BLOCK, end - flat);
				read(flat, indices, n);
				for (int i = 0; i < n; i++)
					counts[indices[i]]++;
			}
			synchronized (parts) {
				parts.add(counts);
			}
		});
		final long[] histogram = new long[entries()];
		for (final long[] counts : parts)
			for (int i = 0; i < histogram.length; i++)
				histogram[i] += counts[i];
		return histogram;
	}

	private static IndexReader reader(final PixelKind kind) {
		switch (kind) {
			case UINT8: return (a, from, dst, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] & 0xff; };
			case INT8: return (a, from, dst, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] + 128; };
			case UINT16: return (a, from, dst, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] & 0xffff; };
			case INT16: return (a, from, dst, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] + 32768; };
			default: throw new IllegalArgumentException("no indices for " + kind);
		}
	}
}
