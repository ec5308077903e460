package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.util.Util;

/**
 * The primitive arrays behind an {@link ArrayImg} or {@link PlanarImg} of a
 * {@link PixelKind} (an ImagePlus wrapped without copying is a PlanarImg), so
 * that bulk conversions to and from float run as plain array loops instead of
 * per-pixel type accesses. The per-kind part is one small conversion lambda
 * each way; the loops are written once.
 */
final class StorageArrays {

	private StorageArrays() {
		// NB: static holder
	}

	/** Converts {@code length} values of a storage array from {@code from} into {@code dst[at..]}. */
	@FunctionalInterface
	interface Reader {

		void read(Object array, int from, float[] dst, int at, int length);
	}

	/** Writes {@code length} values of {@code src[at..]} into a storage array from {@code from}. */
	@FunctionalInterface
	interface Writer {

		void write(float[] src, int at, Object array, int from, int length);
	}

	/** A range of flat (X fastest) pixel indices, with the storage chunk that holds it. */
	@FunctionalInterface
	interface ChunkTask {

		/** @param array the storage array; {@code from} indexes it, {@code flat} the image */
		void run(Object array, int from, long flat, int length);
	}

	/**
	 * The storage arrays of {@code image} in flat pixel order (one for an
	 * ArrayImg, one per plane for a PlanarImg), or {@code null} when the image
	 * is a view or another container, or its type is not a plain {@link PixelKind}.
	 */
	static List<Object> of(final RandomAccessibleInterval<?> image) {
		final PixelKind kind = PixelKind.of(Util.getTypeFromInterval(image));
		if (kind == null) return null;
		final List<Object> arrays;
		if (image instanceof ArrayImg) {
			final Object access = ((ArrayImg<?, ?>) image).update(null);
			if (!(access instanceof ArrayDataAccess)) return null;
			arrays = Collections.singletonList(((ArrayDataAccess<?>) access).getCurrentStorageArray());
		}
		else if (image instanceof PlanarImg) {
			final PlanarImg<?, ?> planar = (PlanarImg<?, ?>) image;
			arrays = new ArrayList<>(planar.numSlices());
			for (int s = 0; s < planar.numSlices(); s++) {
				final Object access = planar.getPlane(s);
				if (!(access instanceof ArrayDataAccess)) return null;
				arrays.add(((ArrayDataAccess<?>) access).getCurrentStorageArray());
			}
		}
		else return null;
		final Class<?> expected = arrayClass(kind);
		for (final Object a : arrays)
			if (a.getClass() != expected) return null;
		return arrays;
	}

	/** Runs {@code task} over all pixels of {@code arrays}, cut into ranges processed in parallel. */
	static void forEachRange(final List<Object> arrays, final ChunkTask task) {
		final long[] starts = new long[arrays.size() + 1];
		for (int i = 0; i < arrays.size(); i++)
			starts[i + 1] = starts[i] + java.lang.reflect.Array.getLength(arrays.get(i));
		ParallelRanges.forEach(starts[arrays.size()], 1 << 16, (first, end) -> {
			long flat = first;
			int chunk = 0;
			while (flat < end) {
				while (starts[chunk + 1] <= flat)
					chunk++;
				final int length = (int) (Math.min(end, starts[chunk + 1]) - flat);
				task.run(arrays.get(chunk), (int) (flat - starts[chunk]), flat, length);
				flat += length;
			}
		});
	}

	/** The conversion of a kind's storage values to float, as {@code setReal(getRealDouble())} does. */
	static Reader reader(final PixelKind kind) {
		switch (kind) {
			case UINT8: return (a, from, dst, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] & 0xff; };
			case INT8: return (a, from, dst, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i]; };
			case UINT16: return (a, from, dst, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i] & 0xffff; };
			case INT16: return (a, from, dst, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) dst[at + i] = s[from + i]; };
			case INT32: return (a, from, dst, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) dst[at + i] = (float) (double) s[from + i]; };
			case UINT32: return (a, from, dst, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) dst[at + i] = (float) (double) (s[from + i] & 0xffffffffL); };
			case FLOAT32: return (a, from, dst, at, n) -> System.arraycopy(a, from, dst, at, n);
			default: return (a, from, dst, at, n) -> { final double[] s = (double[]) a; for (int i = 0; i < n; i++) dst[at + i] = (float) s[from + i]; };
		}
	}

	/**
	 * The conversion of float values to a kind's storage: integer kinds rounded
	 * half up and saturated ({@link FloatVolume#roundAndSaturate}), float kinds as they are.
	 */
	static Writer writer(final PixelKind kind) {
		final double min = kind.createType().getMinValue();
		final double max = kind.createType().getMaxValue();
		switch (kind) {
			case UINT8: case INT8: return (src, at, a, from, n) -> { final byte[] d = (byte[]) a; for (int i = 0; i < n; i++) d[from + i] = (byte) (int) StoredValues.roundedForCast(src[at + i], min, max); };
			case UINT16: case INT16: return (src, at, a, from, n) -> { final short[] d = (short[]) a; for (int i = 0; i < n; i++) d[from + i] = (short) (int) StoredValues.roundedForCast(src[at + i], min, max); };
			case INT32: case UINT32: return (src, at, a, from, n) -> { final int[] d = (int[]) a; for (int i = 0; i < n; i++) d[from + i] = (int) (long) StoredValues.roundedForCast(src[at + i], min, max); };
			case FLOAT32: return (src, at, a, from, n) -> System.arraycopy(src, at, a, from, n);
			default: return (src, at, a, from, n) -> { final double[] d = (double[]) a; for (int i = 0; i < n; i++) d[from + i] = src[at + i]; };
		}
	}

	private static Class<?> arrayClass(final PixelKind kind) {
		switch (kind) {
			case UINT8: case INT8: return byte[].class;
			case UINT16: case INT16: return short[].class;
			case INT32: case UINT32: return int[].class;
			case FLOAT32: return float[].class;
			default: return double[].class;
		}
	}
}
