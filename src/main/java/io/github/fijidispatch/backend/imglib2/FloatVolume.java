package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.parallel.TaskExecutor;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;

/**
 * A float working copy of an image, X fastest, in one array: the form in
 * which the reference backend runs its line filters (Gaussian, box filters,
 * rank filters along an axis). Reading converts any real pixel type;
 * {@link #toImage} writes the result back in any pixel kind, rounding half up
 * and saturating for integer kinds, as {@code OPS.md} requires.
 * <p>
 * Limited to images of at most {@link #MAX_PIXELS} pixels (one Java array).
 * </p>
 */
public final class FloatVolume {

	/** The largest image a volume holds. */
	public static final long MAX_PIXELS = Integer.MAX_VALUE - 8;

	/** Neighbouring lines processed together along axes other than X, for cache-friendly access. */
	private static final int BATCH = 32;

	private final ArrayImg<FloatType, FloatArray> img;
	private final float[] data;
	private final int[] dims;

	private FloatVolume(final ArrayImg<FloatType, FloatArray> img) {
		this.img = img;
		this.data = img.update(null).getCurrentStorageArray();
		this.dims = new int[img.numDimensions()];
		for (int d = 0; d < dims.length; d++)
			dims[d] = (int) img.dimension(d);
	}

	/** A zero-filled volume of this size. */
	public static FloatVolume zeros(final long... dimensions) {
		return new FloatVolume(ArrayImgs.floats(dimensions));
	}

	/**
	 * A float copy of an image of any {@link PixelKind}, views included, read
	 * in parallel blocks through ImgLib2's {@code PrimitiveBlocks}
	 * ({@link PixelBlocks}).
	 */
	public static FloatVolume copyOf(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final FloatVolume v = zeros(Intervals.dimensionsAsLongArray(image));
		final PixelBlocks pixels = PixelBlocks.of(image);
		pixels.forEachRange((reader, first, end) -> {
			for (long b = first; b < end; b++)
				reader.floats(b, v.data, (int) pixels.start(b));
		});
		return v;
	}

	/**
	 * {@link #filterAlong(int, int, LineFilter, int, int) filterAlong(0, radius, filter, from, length)} of
	 * {@link #copyOf copyOf(image)}, bit for bit, with no copy of the image first: each row is read once, where it is
	 * stored ({@link PixelBlocks}), straight into the filter's padded line (the same float values, clamped to the
	 * row's ends alike). Rows run in parallel on ImgLib2's current executor.
	 */
	public static FloatVolume filterRowsOf(final RandomAccessibleInterval<? extends RealType<?>> image, final int radius,
		final LineFilter filter, final int from, final int length)
	{
		final long[] size = Intervals.dimensionsAsLongArray(image);
		PaddedRows.checkRange((int) size[0], from, length);
		size[0] = length;
		return filterRowsInto(image, radius, filter, from, length, zeros(size));
	}

	/**
	 * {@link #filterRowsOf(RandomAccessibleInterval, int, LineFilter, int, int)} into {@code target}, a volume of
	 * that result's size whose every value it overwrites (so it may be a reused one, not zeroed).
	 */
	public static FloatVolume filterRowsOf(final RandomAccessibleInterval<? extends RealType<?>> image, final int radius,
		final LineFilter filter, final int from, final int length, final FloatVolume target)
	{
		final int n = (int) image.dimension(0);
		PaddedRows.checkRange(n, from, length);
		for (int d = 0; d < target.dims.length; d++)
			if (target.dims[d] != (d == 0 ? length : image.dimension(d))) throw new IllegalArgumentException(
				"FloatVolume: a target of " + Arrays.toString(target.dims) + " px does not hold " + length +
					" positions of every row of " + Intervals.toString(image));
		return filterRowsInto(image, radius, filter, from, length, target);
	}

	/** {@link #filterRowsOf(RandomAccessibleInterval, int, LineFilter, int, int, FloatVolume)}, its arguments checked. */
	private static FloatVolume filterRowsInto(final RandomAccessibleInterval<? extends RealType<?>> image,
		final int radius, final LineFilter filter, final int from, final int length, final FloatVolume target)
	{
		final int n = (int) image.dimension(0);
		final PixelBlocks pixels = PixelBlocks.of(image);
		ParallelRanges.forEach(target.data.length / length, Math.max(1, (1 << 16) / (length + 2 * radius)), (first,
			end) -> {
			new PaddedRows(pixels, n, radius, from, length).filterRows(first, (int) (end - first), filter, target.data,
				(int) (first * length), length);
		});
		return target;
	}

	public float[] data() {
		return data;
	}

	public int[] dims() {
		return dims.clone();
	}

	public int numDimensions() {
		return dims.length;
	}

	/** This volume as an ImgLib2 image (shares the data). */
	public ArrayImg<FloatType, FloatArray> img() {
		return img;
	}

	/**
	 * A new image of the given kind holding this volume's values: float kinds
	 * take them as they are; integer kinds rounded half up and saturated
	 * ({@link PixelArrays}). For {@code float32} the volume's own image is
	 * returned (no copy).
	 */
	@SuppressWarnings("unchecked")
	public <T extends RealType<T> & NativeType<T>> Img<T> toImage(final PixelKind kind) {
		if (kind == PixelKind.FLOAT32) return (Img<T>) (Img<?>) img;
		final ArrayImg<T, ?> out = PixelArrays.newImage(kind, img.dimensionsAsLongArray());
		final Object storage = PixelArrays.storage(out);
		final PixelArrays arrays = PixelArrays.of(kind);
		ParallelRanges.forEach(data.length, 1 << 16, (from, end) -> arrays.fromFloats(data, (int) from, storage, (int) from,
			(int) (end - from)));
		return out;
	}

	/** Rounds half up and clamps to [min, max]; NaN becomes 0. */
	public static double roundAndSaturate(final double v, final double min, final double max) {
		if (Double.isNaN(v)) return 0;
		final double r = Math.floor(v + 0.5);
		return r < min ? min : r > max ? max : r;
	}

	/**
	 * Replaces every line along {@code axis} by {@code filter}'s result. The
	 * filter sees each line padded by {@code radius} clamp-to-edge copies of its
	 * end values on both sides. Lines are processed in batches of neighbours,
	 * in parallel on ImgLib2's current {@link TaskExecutor}.
	 */
	public void filterAlong(final int axis, final int radius, final LineFilter filter) {
		if (dims[axis] <= 1 && radius == 0) return;
		filterInto(axis, radius, filter, 0, this);
	}

	/**
	 * A new volume: positions {@code [from, from + length)} along {@code axis} of
	 * {@link #filterAlong}'s result, the rest of this volume as it is: every
	 * line's filter sees the same padded values (clamped to this volume's edge)
	 * as the whole line's would, so the values are those of the whole
	 * computation, bit for bit, while only the range is computed.
	 */
	public FloatVolume filterAlong(final int axis, final int radius, final LineFilter filter, final int from,
		final int length)
	{
		if (from < 0 || length < 1 || from + length > dims[axis]) throw new IllegalArgumentException(
			"FloatVolume: positions " + from + ".." + (from + length - 1) + " are not within axis " + axis + " of " +
				dims[axis] + " px");
		return filterInto(axis, radius, filter, from, zerosAlong(axis, length));
	}

	/** A zero-filled volume of this volume's size with {@code length} positions along {@code axis}. */
	FloatVolume zerosAlong(final int axis, final int length) {
		final long[] size = new long[dims.length];
		for (int d = 0; d < dims.length; d++)
			size[d] = d == axis ? length : dims[d];
		return zeros(size);
	}

	/** Positions {@code [from, from + target's length)} of each filtered line into {@code target} (may be this). */
	private FloatVolume filterInto(final int axis, final int radius, final LineFilter filter, final int from,
		final FloatVolume target)
	{
		final int n = dims[axis];
		final int m = target.dims[axis];
		int stride = 1;
		for (int d = 0; d < axis; d++)
			stride *= dims[d];
		final int outerCount = data.length / (stride * n);
		final int batch = axis == 0 ? 1 : Math.min(BATCH, stride);
		final int batchesPerOuter = (stride + batch - 1) / batch;
		final long jobs = (long) outerCount * batchesPerOuter;
		final int s = stride;
		ParallelRanges.forEach(jobs, 1, (firstJob, endJob) -> {
			final float[] padded = new float[(m + 2 * radius) * batch];
			final float[] out = new float[m * batch];
			for (long job = firstJob; job < endJob; job++) {
				final int outer = (int) (job / batchesPerOuter);
				final int first = (int) (job % batchesPerOuter) * batch;
				final int width = Math.min(batch, s - first);
				load(outer * s * n + first, s, n, from - radius, m + 2 * radius, width, batch, padded);
				filter.apply(padded, out, m, width, batch);
				target.store(outer * s * m + first, s, m, width, batch, out);
			}
		});
		return target;
	}

	/**
	 * Positions {@code [start, start + count)} of the lines at {@code base} (of length {@code n}), clamped to the
	 * line's ends, into rows of {@code padded}.
	 */
	private void load(final int base, final int stride, final int n, final int start, final int count,
		final int width, final int batch, final float[] padded)
	{
		if (stride == 1) {
			// NB: lines along X are contiguous: one copy and two fills instead of a copy per value
			final int lo = Math.max(0, start);
			final int hi = Math.min(n, start + count);
			System.arraycopy(data, base + lo, padded, lo - start, hi - lo);
			Arrays.fill(padded, 0, lo - start, data[base]);
			Arrays.fill(padded, hi - start, count, data[base + n - 1]);
			return;
		}
		for (int j = 0; j < count; j++) {
			final int src = base + Math.max(0, Math.min(n - 1, start + j)) * stride;
			System.arraycopy(data, src, padded, j * batch, width);
		}
	}

	private void store(final int base, final int stride, final int n, final int width, final int batch, final float[] out) {
		if (stride == 1) {
			System.arraycopy(out, 0, data, base, n);
			return;
		}
		for (int j = 0; j < n; j++)
			System.arraycopy(out, j * batch, data, base + j * stride, width);
	}

	/**
	 * A {@link LineFilter} of a sliding window: its {@code out[j]} depends on
	 * {@code padded[j .. j + 2·radius]} alone, computed the same way for every
	 * {@code j} (as a convolution's weighted sum, not a running sum carried
	 * along the line), so that lines padded one after the other can be filtered
	 * as one long line, bit for bit ({@link #filterRowsOf} does).
	 */
	@FunctionalInterface
	public interface WindowFilter extends LineFilter {}

	/**
	 * Computes a filtered line (or a batch of neighbouring lines processed
	 * together) from its padded copy.
	 */
	@FunctionalInterface
	public interface LineFilter {

		/**
		 * @param padded {@code (length + 2·radius)} rows of {@code batch} values:
		 *          row {@code j + radius} holds position {@code j} of each line
		 * @param out {@code length} rows of {@code batch} values to fill
		 * @param length the line length
		 * @param width how many of the {@code batch} columns are real lines
		 * @param batch the row stride of both arrays
		 */
		void apply(float[] padded, float[] out, int length, int width, int batch);
	}
}
