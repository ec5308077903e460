package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;

/**
 * A view of an {@code ArrayImg} of a {@link PixelKind} whose rows are runs of
 * the image's storage array (a box of it, translated: what the block engine
 * hands out as a block's region of its output), written row by row in
 * place: a loop that would fill a new image of the view's size writes the
 * view's pixels instead, and a new result of that size is copied in with one
 * {@code System.arraycopy} per row. The {@code ArrayImg} itself is not such
 * a view (loops write it as one array, {@link PixelArrays#flatImage}).
 * Immutable; threads may write disjoint pixels at once.
 */
final class RowWriter {

	/** Rows per parallel range, at least, are this many pixels. */
	private static final long GRAIN = 1 << 16;

	private final StridedRows rows;
	private final PixelArrays arrays;

	private RowWriter(final StridedRows rows, final PixelKind kind) {
		this.rows = rows;
		this.arrays = PixelArrays.of(kind);
	}

	/** {@code image} as rows to write when it is such a view of pixels of {@code kind}; otherwise {@code null}. */
	static RowWriter of(final Object image, final PixelKind kind) {
		if (kind == null || !(image instanceof RandomAccessibleInterval) || image instanceof ArrayImg) return null;
		final RandomAccessibleInterval<?> view = (RandomAccessibleInterval<?>) image;
		// NB: the view's own type object, only looked at (Util.getTypeFromInterval makes a new variable per call, per block)
		if (PixelKind.of(view.getType()) != kind) return null;
		final StridedRows strided = StridedRows.of(view, kind);
		return strided != null && strided.rowsAreRuns() ? new RowWriter(strided, kind) : null;
	}

	long width() {
		return rows.width();
	}

	long rowCount() {
		return rows.rowCount();
	}

	/** {@link StridedRows#rowsPerRun}, the rows that are one run of {@link #storage()}. */
	long rowsPerRun(final long maxPixels) {
		return rows.rowsPerRun(maxPixels);
	}

	/** Whether {@code source} has the same dimensions as this view. */
	boolean sameShape(final StridedRows source) {
		return rows.sameShape(source);
	}

	/** The storage array the rows are runs of. */
	Object storage() {
		return rows.runArray();
	}

	/** Where row {@code row} (raster order) starts in {@link #storage()}. */
	int rowStart(final long row) {
		return rows.runStart(row);
	}

	/** Copies {@code raster}, the pixels of an image of the view's size in raster order as stored, into the view. */
	void copyFrom(final Object raster) {
		// NB: rows that follow each other in the storage go in one copy
		final long rowsPerRun = rowsPerRun(GRAIN);
		final int length = (int) (width() * rowsPerRun);
		final Object storage = storage();
		ParallelRanges.forEach(rowCount() / rowsPerRun, Math.max(1, GRAIN / length), (from, to) -> {
			for (long g = from; g < to; g++)
				System.arraycopy(raster, (int) (g * length), storage, rowStart(g * rowsPerRun), length);
		});
	}

	/**
	 * Stores {@code values[0 .. n − 1]} as the view's pixels {@code at .. at + n − 1} (raster order), as the kind
	 * stores values ({@link PixelArrays#fromFloats}: as {@link FloatVolume#toImage} stores them).
	 */
	void fromFloats(final float[] values, final long at, final int n) {
		final Object storage = storage();
		forEachRun(at, n, (done, start, length) -> arrays.fromFloats(values, done, storage, start, length));
	}

	/**
	 * Stores {@code values[0 .. n − 1]} as the view's pixels {@code at .. at + n − 1} (raster order), as the kind
	 * stores values ({@link PixelArrays#fromDoubles}).
	 */
	void fromDoubles(final double[] values, final long at, final int n) {
		final Object storage = storage();
		forEachRun(at, n, (done, start, length) -> arrays.fromDoubles(values, done, storage, start, length));
	}

	/** A piece of the view's pixels within one row: {@code length} values from {@code done}, stored from {@code start}. */
	@FunctionalInterface
	private interface Run {

		void store(int done, int start, int length);
	}

	/** The view's pixels {@code at .. at + n − 1} (raster order) cut at the ends of its rows, in order. */
	private void forEachRun(final long at, final int n, final Run run) {
		final long width = width();
		final StridedRows.Cursor starts = rows.cursor();
		int done = 0;
		long row = at / width;
		int x = (int) (at - row * width);
		while (done < n) {
			final int length = (int) Math.min(width - x, n - done);
			run.store(done, starts.runStart(row) + x, length);
			done += length;
			// NB: the next run starts a row: one division per call, not per row
			row++;
			x = 0;
		}
	}
}
