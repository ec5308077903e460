package io.github.fijidispatch.backend.imglib2;

import java.util.List;
import java.util.function.Supplier;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Util;
import net.imglib2.view.Views;

/**
 * New images holding the pixels of a source reached by an {@link AxisWalk}
 * (a flip, quarter turn or crop), copied in parallel, one output row at a
 * time. When the source is array-backed ({@link StorageArrays}) and keeps its
 * kind, every output row is one strided loop over a storage array; otherwise
 * each pixel goes through {@code RealType} access. The copy is exact: values
 * go through double, which holds every supported pixel value.
 */
public final class Copies {

	/** Output pixels per parallel task, at least. */
	private static final long GRAIN = 1 << 16;

	/** Output rows copied together. */
	private static final int BAND = 16;

	/** Pixels of each row of a band copied before the next row, along a strided walk. */
	private static final int SPAN = 512;

	private Copies() {
		// NB: static holder
	}

	/** Copies {@code n} values {@code src[from + i·step]} to {@code dst[to + i]}. */
	@FunctionalInterface
	private interface LineCopier {

		void copy(Object src, int from, int step, Object dst, int to, int n);
	}

	/** A new image of {@code kind} with the view's size and values, indexed from 0. */
	public static <T extends RealType<T> & NativeType<T>> Img<T> of(final RandomAccessibleInterval<? extends RealType<?>> view,
		final PixelKind kind)
	{
		return walked(view, AxisWalk.over(view), kind);
	}

	/**
	 * A new image of {@code kind} and the walk's output size: output pixel
	 * {@code o} holds the source pixel the walk maps it to (coordinates
	 * counted from the source's min).
	 */
	static <T extends RealType<T> & NativeType<T>> Img<T> walked(final RandomAccessibleInterval<? extends RealType<?>> source,
		final AxisWalk walk, final PixelKind kind)
	{
		final Img<T> out = new ArrayImgFactory<>(kind.<T> createType()).create(walk.outputDimensions());
		if (!copyArrays(source, walk, kind, out)) copyPixels(Views.zeroMin(source), walk, out);
		return out;
	}

	/** The strided array copy; {@code false} (nothing written) when the source is not array-backed in {@code kind}. */
	private static boolean copyArrays(final RandomAccessibleInterval<? extends RealType<?>> source, final AxisWalk walk,
		final PixelKind kind, final Img<?> out)
	{
		final List<Object> arrays = StorageArrays.of(source);
		if (arrays == null || PixelKind.of(Util.getTypeFromInterval(source)) != kind) return false;
		// NB: a PlanarImg's planes are XY slices: only a walk along X or Y stays within one
		if (arrays.size() > 1 && walk.sourceAxis(0) > 1) return false;
		final long chunk = java.lang.reflect.Array.getLength(arrays.get(0));
		final long[] strides = strides(source.dimensionsAsLongArray());
		final Object target = StorageArrays.of(out).get(0);
		final LineCopier copier = copier(target);
		final long[] outDims = walk.outputDimensions();
		final int width = (int) outDims[0];
		final int step = (int) (walk.direction(0) * strides[walk.sourceAxis(0)]);
		final long rows = rowCount(outDims);
		ParallelRanges.forEach(rows, Math.max(1, GRAIN / width), (first, end) -> {
			final long[] position = new long[outDims.length];
			final long[] sourcePosition = new long[outDims.length];
			final Object[] sources = new Object[BAND];
			final int[] starts = new int[BAND];
			for (long band = first; band < end; band += BAND) {
				final int count = (int) Math.min(BAND, end - band);
				for (int i = 0; i < count; i++) {
					rowPosition(band + i, outDims, position);
					walk.sourceOf(position, sourcePosition);
					long flat = 0;
					for (int d = 0; d < strides.length; d++)
						flat += sourcePosition[d] * strides[d];
					sources[i] = arrays.get((int) (flat / chunk));
					starts[i] = (int) (flat % chunk);
				}
				// NB: a strided walk (a quarter turn) reads neighbouring rows' pixels from one cache line: take a band together
				final int span = step == 1 ? width : SPAN;
				for (int x = 0; x < width; x += span) {
					final int n = Math.min(span, width - x);
					for (int i = 0; i < count; i++)
						copier.copy(sources[i], starts[i] + x * step, step, target, (int) ((band + i) * width + x), n);
				}
			}
		});
		return true;
	}

	private static <T extends RealType<T>> void copyPixels(final RandomAccessibleInterval<? extends RealType<?>> source,
		final AxisWalk walk, final Img<T> out)
	{
		final long width = walk.outputDimensions()[0];
		final int axis = walk.sourceAxis(0);
		final int direction = walk.direction(0);
		forEachRow(walk.outputDimensions(), () -> {
			final RandomAccess<? extends RealType<?>> s = source.randomAccess();
			final RandomAccess<T> o = out.randomAccess();
			final long[] sourcePosition = new long[source.numDimensions()];
			return (row, position) -> {
				walk.sourceOf(position, sourcePosition);
				s.setPosition(sourcePosition);
				o.setPosition(position);
				for (long x = 0; x < width; x++) {
					o.get().setReal(s.get().getRealDouble());
					s.move(direction, axis);
					o.fwd(0);
				}
			};
		});
	}

	/** Work on one output row (a line along X). */
	@FunctionalInterface
	private interface RowTask {

		/** @param position the row's first pixel (x = 0), to be read only */
		void run(long row, long[] position);
	}

	/**
	 * Runs a task for every row of an image of these dimensions, rows split
	 * across parallel ranges; each range gets its own task from {@code tasks}.
	 */
	private static void forEachRow(final long[] dims, final Supplier<RowTask> tasks) {
		ParallelRanges.forEach(rowCount(dims), Math.max(1, GRAIN / dims[0]), (first, end) -> {
			final RowTask task = tasks.get();
			final long[] position = new long[dims.length];
			for (long row = first; row < end; row++) {
				rowPosition(row, dims, position);
				task.run(row, position);
			}
		});
	}

	private static long rowCount(final long[] dims) {
		long rows = 1;
		for (int d = 1; d < dims.length; d++)
			rows *= dims[d];
		return rows;
	}

	/** Sets {@code position} to the first pixel (x = 0) of row {@code row}, axis 1 fastest. */
	private static void rowPosition(final long row, final long[] dims, final long[] position) {
		long rest = row;
		position[0] = 0;
		for (int d = 1; d < dims.length; d++) {
			position[d] = rest % dims[d];
			rest /= dims[d];
		}
	}

	private static long[] strides(final long[] dims) {
		final long[] strides = new long[dims.length];
		long stride = 1;
		for (int d = 0; d < dims.length; d++) {
			strides[d] = stride;
			stride *= dims[d];
		}
		return strides;
	}

	private static LineCopier copier(final Object array) {
		if (array instanceof byte[]) return (s, from, step, d, to, n) -> {
			if (step == 1) System.arraycopy(s, from, d, to, n);
			else { final byte[] a = (byte[]) s; final byte[] b = (byte[]) d; for (int i = 0; i < n; i++) b[to + i] = a[from + i * step]; }
		};
		if (array instanceof short[]) return (s, from, step, d, to, n) -> {
			if (step == 1) System.arraycopy(s, from, d, to, n);
			else { final short[] a = (short[]) s; final short[] b = (short[]) d; for (int i = 0; i < n; i++) b[to + i] = a[from + i * step]; }
		};
		if (array instanceof int[]) return (s, from, step, d, to, n) -> {
			if (step == 1) System.arraycopy(s, from, d, to, n);
			else { final int[] a = (int[]) s; final int[] b = (int[]) d; for (int i = 0; i < n; i++) b[to + i] = a[from + i * step]; }
		};
		if (array instanceof float[]) return (s, from, step, d, to, n) -> {
			if (step == 1) System.arraycopy(s, from, d, to, n);
			else { final float[] a = (float[]) s; final float[] b = (float[]) d; for (int i = 0; i < n; i++) b[to + i] = a[from + i * step]; }
		};
		return (s, from, step, d, to, n) -> {
			if (step == 1) System.arraycopy(s, from, d, to, n);
			else { final double[] a = (double[]) s; final double[] b = (double[]) d; for (int i = 0; i < n; i++) b[to + i] = a[from + i * step]; }
		};
	}
}
