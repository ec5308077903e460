package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessible;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.transform.integer.MixedTransform;
import net.imglib2.util.Intervals;
import net.imglib2.view.IntervalView;
import net.imglib2.view.MixedTransformView;

/**
 * A view of an {@code ArrayImg} or {@code PlanarImg} addressed straight in
 * the image's storage: any chain of {@code IntervalView}s and
 * {@code MixedTransformView}s (translated, cropped, permuted, inverted,
 * turned, sliced) maps view pixel {@code x} (counted from the view's min) to
 * raster index {@code base + Σ step[d]·x[d]} of the image (the planes of a
 * {@code PlanarImg} one after the other), so every row of the view is one
 * strided loop over one storage array ({@link PixelArrays#copyStrided}). Runs
 * of the view are copied without ImgLib2's intermediate block and without a
 * per-pixel fallback.
 * <p>
 * Whole rows are copied in bands of {@value #BAND} rows, {@value #SPAN}
 * pixels of each row at a time, when a row strides through the storage (a
 * quarter turn): neighbouring rows then read neighbouring pixels of one cache
 * line. Immutable and thread-safe: copies only read the storage.
 * </p>
 */
final class StridedRows {

	/** Rows copied together when rows stride through the storage. */
	private static final int BAND = 16;

	/** Pixels of each row of a band copied before the next row. */
	private static final int SPAN = 512;

	/** The storage arrays, each of {@link #arrayLength} pixels: one for an ArrayImg, the planes of a PlanarImg. */
	private final Object[] arrays;
	private final long arrayLength;
	private final long[] dims;
	/** Raster index in the image of the view's first pixel. */
	private final long base;
	/** Raster steps in the image per view axis (negative on inverted axes). */
	private final long[] steps;

	private StridedRows(final Object[] arrays, final long[] dims, final long base, final long[] steps) {
		this.arrays = arrays;
		arrayLength = java.lang.reflect.Array.getLength(arrays[0]);
		this.dims = dims;
		this.base = base;
		this.steps = steps;
	}

	/**
	 * The view addressed in its image's storage, or {@code null} when it is
	 * not such a view: another container (a CellImg) or view (extended,
	 * subsampled, converted), storage of another type than {@code kind}'s, a
	 * view reaching outside its image, or rows that cross the planes of a
	 * PlanarImg (a view whose X runs along Z).
	 */
	static StridedRows of(final RandomAccessibleInterval<?> view, final PixelKind kind) {
		final StridedRows translated = translated(view, kind);
		return translated != null ? translated : mapped(view, kind);
	}

	/**
	 * {@link #of} for a view that only translates its image (views that crop and move the origin, as a block's box
	 * of an image is made), found with no arrays per view of the chain; {@code null} for any other view, or one that
	 * {@link #of} refuses.
	 */
	private static StridedRows translated(final RandomAccessibleInterval<?> view, final PixelKind kind) {
		final int n = view.numDimensions();
		// NB: the image position of the view's position x is x + shift
		final long[] shift = new long[n];
		RandomAccessible<?> node = view;
		while (!(node instanceof ArrayImg || node instanceof PlanarImg)) {
			if (node instanceof IntervalView) node = ((IntervalView<?>) node).getSource();
			else if (node instanceof MixedTransformView) {
				final MixedTransform toSource = ((MixedTransformView<?>) node).getTransformToSource();
				if (!isTranslation(toSource, n)) return null;
				for (int d = 0; d < n; d++)
					shift[d] += toSource.getTranslation(d);
				node = ((MixedTransformView<?>) node).getSource();
			}
			else return null;
		}
		final RandomAccessibleInterval<?> image = (RandomAccessibleInterval<?>) node;
		if (image.numDimensions() != n) return null;
		final Object[] arrays = arraysOf(image, kind);
		if (arrays == null) return null;
		final long[] dims = new long[n];
		final long[] steps = new long[n];
		long base = 0;
		long stride = 1;
		for (int d = 0; d < n; d++) {
			final long first = view.min(d) + shift[d];
			dims[d] = view.dimension(d);
			if (first < image.min(d) || first + dims[d] - 1 > image.max(d)) return null;
			base += first * stride;
			steps[d] = stride;
			stride *= image.dimension(d);
		}
		return new StridedRows(arrays, dims, base, steps);
	}

	/** Whether {@code transform} maps each of {@code n} axes to itself, only moved. */
	private static boolean isTranslation(final MixedTransform transform, final int n) {
		if (transform.numSourceDimensions() != n || transform.numTargetDimensions() != n) return false;
		for (int d = 0; d < n; d++)
			if (transform.getComponentMapping(d) != d || transform.getComponentZero(d) || transform
				.getComponentInversion(d)) return false;
		return true;
	}

	/** {@link #of} for any view: the view's pixels mapped as points through each view of its chain. */
	private static StridedRows mapped(final RandomAccessibleInterval<?> view, final PixelKind kind) {
		final int n = view.numDimensions();
		// NB: view pixels as points: its min, and one step along each axis from it
		final long[][] points = new long[n + 2][];
		points[0] = Intervals.minAsLongArray(view);
		points[n + 1] = Intervals.maxAsLongArray(view);
		for (int d = 0; d < n; d++) {
			points[d + 1] = points[0].clone();
			points[d + 1][d]++;
		}
		RandomAccessible<?> node = view;
		while (!(node instanceof ArrayImg || node instanceof PlanarImg)) {
			if (node instanceof IntervalView) node = ((IntervalView<?>) node).getSource();
			else if (node instanceof MixedTransformView) {
				final MixedTransform toSource = ((MixedTransformView<?>) node).getTransformToSource();
				for (int p = 0; p < points.length; p++) {
					final long[] mapped = new long[toSource.numTargetDimensions()];
					toSource.apply(points[p], mapped);
					points[p] = mapped;
				}
				node = ((MixedTransformView<?>) node).getSource();
			}
			else return null;
		}
		final RandomAccessibleInterval<?> image = (RandomAccessibleInterval<?>) node;
		final Object[] arrays = arraysOf(image, kind);
		if (arrays == null || !inside(points[0], image) || !inside(points[n + 1], image)) return null;
		final long[] strides = new long[image.numDimensions()];
		long stride = 1;
		for (int d = 0; d < strides.length; d++) {
			strides[d] = stride;
			stride *= image.dimension(d);
		}
		final long base = dot(points[0], strides);
		final long[] steps = new long[n];
		for (int d = 0; d < n; d++)
			steps[d] = dot(points[d + 1], strides) - base;
		// NB: the planes of a PlanarImg are XY slices: a row stays in one unless it walks an axis above Y
		boolean rowsInOnePlane = true;
		for (int a = 2; a < image.numDimensions(); a++)
			rowsInOnePlane &= points[1][a] == points[0][a];
		if (!rowsInOnePlane && arrays.length > 1 && view.dimension(0) > 1) return null;
		return new StridedRows(arrays, Intervals.dimensionsAsLongArray(view), base, steps);
	}

	/**
	 * The storage arrays of an {@code ArrayImg} (one) or {@code PlanarImg}
	 * (its planes), when they are primitive arrays of {@code kind}'s storage
	 * type ({@link PixelArrays#allocate}); {@code null} otherwise.
	 */
	static Object[] arraysOf(final RandomAccessible<?> image, final PixelKind kind) {
		final Object[] arrays;
		if (image instanceof ArrayImg) arrays = new Object[] { ((ArrayImg<?, ?>) image).update(null) };
		else if (image instanceof PlanarImg) {
			final PlanarImg<?, ?> planar = (PlanarImg<?, ?>) image;
			arrays = new Object[planar.numSlices()];
			for (int s = 0; s < arrays.length; s++)
				arrays[s] = planar.getPlane(s);
		}
		else return null;
		final Class<?> expected = PixelArrays.of(kind).allocate(0).getClass();
		for (int i = 0; i < arrays.length; i++) {
			if (!(arrays[i] instanceof ArrayDataAccess)) return null;
			arrays[i] = ((ArrayDataAccess<?>) arrays[i]).getCurrentStorageArray();
			if (arrays[i].getClass() != expected) return null;
		}
		return arrays;
	}

	private static boolean inside(final long[] position, final RandomAccessibleInterval<?> image) {
		for (int d = 0; d < position.length; d++)
			if (position[d] < image.min(d) || position[d] > image.max(d)) return false;
		return true;
	}

	private static long dot(final long[] a, final long[] b) {
		long sum = 0;
		for (int d = 0; d < a.length; d++)
			sum += a[d] * b[d];
		return sum;
	}

	/** Whether every row of the view is a run of one storage array, X ascending (a box of an ArrayImg, translated). */
	boolean rowsAreRuns() {
		return arrays.length == 1 && (steps[0] == 1 || dims[0] == 1);
	}

	/**
	 * For a view whose {@link #rowsAreRuns rows are runs}: the most consecutive rows, whole leading axes above X and
	 * at most {@code maxPixels} pixels together (at least one row), that follow each other in the storage array, so
	 * that rows {@code g·k .. g·k + k − 1} are one run from {@link #runStart runStart(g·k)} (a box of an ArrayImg
	 * holding whole rows, or whole planes). Every other view: 1.
	 */
	long rowsPerRun(final long maxPixels) {
		if (!rowsAreRuns()) return 1;
		long rows = 1;
		long pixels = dims[0];
		for (int d = 1; d < dims.length; d++) {
			if (dims[d] > 1 && steps[d] != pixels || pixels * dims[d] > maxPixels) break;
			rows *= dims[d];
			pixels *= dims[d];
		}
		return rows;
	}

	/** Whether this view has the same dimensions as {@code other} (so row {@code r} of each holds the same pixels). */
	boolean sameShape(final StridedRows other) {
		return java.util.Arrays.equals(dims, other.dims);
	}

	/** The storage array of a view whose {@link #rowsAreRuns rows are runs}. */
	Object runArray() {
		return arrays[0];
	}

	/** The pixels of a row. */
	long width() {
		return dims[0];
	}

	/** The rows of the view: the product of its dimensions above X. */
	long rowCount() {
		long rows = 1;
		for (int d = 1; d < dims.length; d++)
			rows *= dims[d];
		return rows;
	}

	/** Where row {@code row} (rows in raster order) starts in {@link #runArray()}, for a view whose rows are runs. */
	int runStart(final long row) {
		return (int) rowStart(row);
	}

	/** A new {@link Cursor} over this view's rows. */
	Cursor cursor() {
		return new Cursor();
	}

	/**
	 * {@link #runStart} of rows mostly asked in increasing order (a block's rows, read or written one after
	 * another): the row after the last one asked, within the same line along Y, starts one Y step further, with no
	 * division; any other row is found as {@link #runStart} finds it. Mutable: one per reader or writer call.
	 */
	final class Cursor {

		private long row = -2;
		private long y;
		private long start;

		int runStart(final long next) {
			if (dims.length == 1) return (int) rowStart(next);
			if (next == row + 1 && y + 1 < dims[1]) {
				y++;
				start += steps[1];
			}
			else {
				start = rowStart(next);
				y = next < dims[1] ? next : next % dims[1];
			}
			row = next;
			return (int) start;
		}
	}

	/** The raster index in the image (planes one after the other) of the first pixel of row {@code row}. */
	private long rowStart(final long row) {
		long start = base;
		long rest = row;
		for (int d = 1; d < dims.length; d++) {
			// NB: a row within the axis needs no division (the last axis always; every row of a 2D view): once per row
			// of a block's reads and writes, a 64-bit division cost more than the row's copy
			if (rest < dims[d]) return start + rest * steps[d];
			start += rest % dims[d] * steps[d];
			rest /= dims[d];
		}
		return start;
	}

	/**
	 * Copies the view's pixels {@code from .. from + n − 1} (raster order, X
	 * fastest), as stored, into {@code dst} from {@code at} (an array of the
	 * storage type).
	 */
	void copy(final long from, final long n, final Object dst, final int at) {
		final long width = dims[0];
		final long end = from + n;
		long p = from;
		int to = at;
		if (p % width != 0 || end - p < width) {
			final int length = (int) Math.min(width - p % width, end - p);
			copyRun(p / width, (int) (p % width), length, dst, to);
			p += length;
			to += length;
		}
		while (end - p >= width) {
			final int rows = (int) Math.min(BAND, (end - p) / width);
			copyBand(p / width, rows, dst, to);
			p += rows * width;
			to += rows * width;
		}
		if (p < end) copyRun(p / width, 0, (int) (end - p), dst, to);
	}

	/** Copies rows {@code first .. first + rows − 1}, whole, into {@code dst} from {@code at}. */
	private void copyBand(final long first, final int rows, final Object dst, final int at) {
		final int width = (int) dims[0];
		final int step = (int) steps[0];
		final int span = Math.abs(step) == 1 ? width : SPAN;
		for (int x = 0; x < width; x += span) {
			final int length = Math.min(span, width - x);
			for (int r = 0; r < rows; r++)
				copyRun(first + r, x, length, dst, at + r * width + x);
		}
	}

	/** Copies {@code length} pixels of row {@code row} from {@code x} into {@code dst} from {@code at}. */
	private void copyRun(final long row, final int x, final int length, final Object dst, final int at) {
		final long start = rowStart(row) + x * steps[0];
		if (arrays.length == 1) PixelArrays.copyStrided(arrays[0], (int) start, (int) steps[0], dst, at, length);
		else PixelArrays.copyStrided(arrays[(int) (start / arrayLength)], (int) (start % arrayLength), (int) steps[0], dst,
			at, length);
	}
}
