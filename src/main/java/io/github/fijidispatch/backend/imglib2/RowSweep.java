package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.function.Supplier;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;


/**
 * Runs a neighbourhood filter row by row: for each output row (a line along
 * X), the filter receives the input rows that the {@link Neighbourhood}'s runs
 * cover, padded along X, with clamp-to-edge along every axis. Rows are split
 * into contiguous chunks processed in parallel ({@link ParallelRanges}); each task gets its own filter from the supplier, so
 * filters may keep per-row scratch state.
 */
final class RowSweep {

	private RowSweep() {
		// NB: static holder
	}

	/** Computes one output row from the padded input rows of a neighbourhood's runs. */
	interface RowFilter {

		/**
		 * @param rows row {@code k} is the input row at run {@code k}'s offset;
		 *          position {@code x} is at index {@code x + pad}, and the
		 *          {@code pad} values on either side repeat the end values
		 * @param length the row length (image width)
		 * @param pad the padding on each side: the neighbourhood's largest half-width
		 * @param out the output row to fill, {@code length} values
		 */
		void apply(float[][] rows, int length, int pad, float[] out);

		/**
		 * {@link #apply(float[][], int, int, float[])}, told which input row
		 * each of {@code rows} is ({@code sourceRows[k]}, its index in the
		 * volume's rows): a filter may keep what it derives from a row while
		 * that row is still in use.
		 */
		default void apply(final float[][] rows, final int[] sourceRows, final int length, final int pad,
			final float[] out)
		{
			apply(rows, length, pad, out);
		}
	}

	/** Reads input row {@code row} (its index in the volume's rows) as {@code width} floats into {@code dst} from {@code at}. */
	interface RowReader {

		void read(int row, float[] dst, int at, int width);
	}

	/** A new volume: {@code filter} applied to every row of {@code in}. */
	static FloatVolume run(final FloatVolume in, final Neighbourhood nb, final Supplier<RowFilter> filters) {
		final float[] src = in.data();
		return run(in.img().dimensionsAsLongArray(), () -> (row, dst, at, width) -> System.arraycopy(src, row * width, dst,
			at, width), nb, filters);
	}

	/**
	 * A new volume: {@code filter} applied to every row of {@code image}, each input row read where it is stored
	 * ({@link PixelBlocks}) as the float values {@link FloatVolume#copyOf} would hold, with no copy of the image first:
	 * the same result, bit for bit.
	 */
	static FloatVolume run(final RandomAccessibleInterval<? extends RealType<?>> image, final Neighbourhood nb,
		final Supplier<RowFilter> filters)
	{
		final PixelBlocks pixels = PixelBlocks.of(image);
		return run(Intervals.dimensionsAsLongArray(image), () -> {
			final PixelBlocks.Reader reader = pixels.reader();
			return (row, dst, at, width) -> reader.rowFloats(row, 0, width, dst, at);
		}, nb, filters);
	}

	private static FloatVolume run(final long[] size, final Supplier<RowReader> readers, final Neighbourhood nb,
		final Supplier<RowFilter> filters)
	{
		if (nb.numDimensions() != size.length) throw new IllegalArgumentException("neighbourhood " + nb +
			" does not match a " + size.length + "D image");
		final FloatVolume out = FloatVolume.zeros(size);
		final int[] dims = out.dims();
		final int width = dims[0];
		final int rowTotal = out.data().length / width;
		ParallelRanges.forEach(rowTotal, Math.max(1, (1 << 14) / width), (first, end) -> sweep(readers.get(), out, nb,
			filters.get(), dims, (int) first, (int) end));
		return out;
	}

	private static void sweep(final RowReader in, final FloatVolume out, final Neighbourhood nb,
		final RowFilter filter, final int[] dims, final int firstRow, final int endRow)
	{
		final float[] dst = out.data();
		final int width = dims[0];
		final int pad = nb.maxHalfWidth();
		final int runs = nb.rowCount();
		final int[][] offsets = new int[runs][];
		for (int k = 0; k < runs; k++)
			offsets[k] = nb.rowOffset(k);
		final float[][] rows = new float[runs][width + 2 * pad];
		final int[] loaded = new int[runs];
		Arrays.fill(loaded, -1);
		final float[] result = new float[width];
		final int[] position = new int[dims.length - 1];
		for (int row = firstRow; row < endRow; row++) {
			rowPosition(row, dims, position);
			for (int k = 0; k < runs; k++) {
				final int source = sourceRow(position, offsets[k], dims);
				// NB: near the edges and along a chunk, runs often read the row they already hold
				if (loaded[k] != source) {
					load(in, source, width, pad, rows[k]);
					loaded[k] = source;
				}
			}
			filter.apply(rows, loaded, width, pad, result);
			System.arraycopy(result, 0, dst, row * width, width);
		}
	}

	/** The coordinates along axes 1..n−1 of row {@code row} (axis 1 fastest). */
	static void rowPosition(final int row, final int[] dims, final int[] position) {
		int rest = row;
		for (int d = 1; d < dims.length; d++) {
			position[d - 1] = rest % dims[d];
			rest /= dims[d];
		}
	}

	/** The row index of {@code position + offset}, each coordinate clamped to the image. */
	static int sourceRow(final int[] position, final int[] offset, final int[] dims) {
		int row = 0;
		int stride = 1;
		for (int d = 1; d < dims.length; d++) {
			final int c = Math.max(0, Math.min(dims[d] - 1, position[d - 1] + offset[d - 1]));
			row += c * stride;
			stride *= dims[d];
		}
		return row;
	}

	/** Row {@code source} into {@code row} from index {@code pad}, its end values repeated {@code pad} times on either side. */
	private static void load(final RowReader in, final int source, final int width, final int pad, final float[] row) {
		in.read(source, row, pad, width);
		Arrays.fill(row, 0, pad, row[pad]);
		Arrays.fill(row, pad + width, pad + width + pad, row[pad + width - 1]);
	}
}
