package io.github.fijidispatch.backend.imglib2;

import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;

/**
 * A symmetric 1D convolution of a {@link FloatVolume} along an axis other than
 * X, computed straight from the volume into a new one: output row {@code j}
 * (the contiguous values at position {@code j} of the axis) is
 * {@code k0·row[j] + Σ k[t]·(row[j−t] + row[j+t])}, rows outside clamped to
 * the edge, the terms added in this order for every value (as
 * {@link Imglib2Gauss#convolve} does, so results are bit-identical). Each term
 * is swept along a contiguous run of values (a block of columns), each source
 * row copied once for it. Blocks of columns run in parallel on ImgLib2's
 * current {@link TaskExecutor}.
 */
final class StridedConvolution {

	/**
	 * The values side by side a sweep of a narrow slab takes at most, in strips of its rows ({@link #strips}): a
	 * slab of rows at most half this wide, on one thread, is swept in strips.
	 */
	static final int STRIP_VALUES = 512;

	/** Columns swept together: the 2r+1 source rows of a block stay in cache. */
	private static final int BLOCK = 4096;

	/** The fewest columns a job sweeps, so that each term's sweep stays long enough to vectorise. */
	static final int MIN_COLUMNS = 256;

	private StridedConvolution() {
		// NB: static holder
	}

	/**
	 * A new volume: {@code volume} convolved along {@code axis} (&gt; 0) with the
	 * half kernel {@code k} ({@code k[0]} the centre).
	 */
	static FloatVolume along(final FloatVolume volume, final int axis, final float[] k) {
		checkAxis(volume, axis);
		return along(volume, axis, k, 0, volume.dims()[axis]);
	}

	/**
	 * A new volume of {@code length} positions along {@code axis} (&gt; 0): positions {@code [from, from + length)} of
	 * {@link #along(FloatVolume, int, float[])}'s result, the same values bit for bit (rows outside still clamped to
	 * {@code volume}'s edge), only those computed.
	 */
	static FloatVolume along(final FloatVolume volume, final int axis, final float[] k, final int from,
		final int length)
	{
		checkRange(volume, axis, from, length);
		final FloatVolume result = volume.zerosAlong(axis, length);
		final float[] out = result.data();
		along(volume, axis, k, from, length, RasterSink.into(out));
		return result;
	}

	/**
	 * Where a pass puts its result: {@code values[0 .. n)} as the result's pixels {@code at .. at + n − 1} in raster
	 * order (X fastest; the result of {@code length} positions along the pass's axis). Called from several threads at
	 * once, for disjoint pixels.
	 */
	@FunctionalInterface
	interface RasterSink {

		void put(long at, float[] values, int n);

		/** The pixels put into {@code out} at their raster index. */
		static RasterSink into(final float[] out) {
			return (at, values, n) -> System.arraycopy(values, 0, out, (int) at, n);
		}
	}

	/**
	 * {@link #along(FloatVolume, int, float[], int, int)} into {@code into} instead of a new volume (the last pass of a
	 * blur written straight into its output): the same values, bit for bit.
	 */
	static void along(final FloatVolume volume, final int axis, final float[] k, final int from, final int length,
		final RasterSink into)
	{
		checkRange(volume, axis, from, length);
		final int[] dims = volume.dims();
		final float[] in = volume.data();
		final int n = dims[axis];
		int stride = 1;
		for (int d = 0; d < axis; d++)
			stride *= dims[d];
		final int s = stride;
		final int outerCount = in.length / (s * n);
		if (outerCount == 1 && 2 * s <= STRIP_VALUES && Parallelization.getTaskExecutor().getParallelism() == 1) {
			final int strips = Math.min(STRIP_VALUES / s, Math.max(1, length / (4 * Math.max(1, k.length - 1))));
			if (strips > 1) {
				strips(in, s, n, k, from, length, strips, into);
				return;
			}
		}
		final int block = columnsPerJob(s, outerCount);
		final int blocksPerOuter = (s + block - 1) / block;
		final long jobs = (long) outerCount * blocksPerOuter;
		final int window = window(n, k);
		ParallelRanges.forEach(jobs, 1, (firstJob, endJob) -> {
			final float[][] rows = new float[window][Math.min(block, s)];
			final float[] sum = new float[rows[0].length];
			for (long job = firstJob; job < endJob; job++) {
				final int outer = (int) (job / blocksPerOuter);
				final int first = (int) (job % blocksPerOuter) * block;
				final int inBase = outer * s * n + first;
				final int width = Math.min(block, s - first);
				columns(RowSource.of(in, inBase, s, width), n, from, into, (long) outer * s * length + first, length, s, width,
					k, rows, sum);
			}
		});
	}

	/**
	 * One narrow slab on the calling thread (a block's rows, say 128 values wide), its output rows cut into
	 * {@code strips} strips laid side by side: source row {@code q} of the ring holds, for each strip, the row the
	 * strip's window needs there, clamped to the slab's edge as {@link #columns} would clamp it. So each sweep is
	 * {@code strips} rows wide instead of one, and the values are the same, bit for bit (the same rows in the same
	 * terms, in the same order).
	 */
	private static void strips(final float[] in, final int stride, final int n, final float[] k, final int from,
		final int length, final int strips, final RasterSink into)
	{
		final int r = k.length - 1;
		final int perStrip = (length + strips - 1) / strips;
		final int wide = strips * stride;
		final int rows = perStrip + 2 * r;
		final float[] part = new float[stride];
		final RowSource source = (q, row) -> {
			for (int t = 0; t < strips; t++) {
				final int src = Math.max(0, Math.min(n - 1, from + t * perStrip + q - r));
				System.arraycopy(in, src * stride, row, t * stride, stride);
			}
		};
		final RasterSink apart = (at, values, count) -> {
			final int i = (int) (at / wide);
			for (int t = 0; t < strips && t * perStrip + i < length; t++) {
				System.arraycopy(values, t * stride, part, 0, stride);
				into.put((long) (t * perStrip + i) * stride, part, stride);
			}
		};
		columns(source, rows, r, apart, 0, perStrip, wide, wide, k, new float[window(rows, k)][wide], new float[wide]);
	}

	/**
	 * One slab on the calling thread: {@code n} rows of {@code stride} values in {@code in} from index 0, convolved along
	 * the rows (the axis of {@code n}) with the half kernel {@code k}, positions {@code [from, from + length)} into
	 * {@code out} from index 0 with the same stride; the values {@link #along(FloatVolume, int, float[], int, int)}
	 * gives such a slab, bit for bit. {@code rows} ({@link #window} arrays of at most {@link #BLOCK} values, at least
	 * one) and {@code sum} (as long as a row of {@code rows}) are the caller's scratch.
	 */
	static void slab(final float[] in, final int stride, final int n, final float[] k, final int from, final int length,
		final float[] out, final float[][] rows, final float[] sum)
	{
		final RasterSink into = RasterSink.into(out);
		for (int first = 0; first < stride; first += rows[0].length) {
			final int width = Math.min(rows[0].length, stride - first);
			columns(RowSource.of(in, first, stride, width), n, from, into, first, length, stride, width, k, rows, sum);
		}
	}

	/** The source rows a convolution along an axis of {@code n} positions holds at once: its ring of rows. */
	static int window(final int n, final float[] k) {
		return Math.min(n, k.length * 2 - 1);
	}

	/** The columns of one row at most {@link #slab} sweeps at once, for a row of {@code stride} values. */
	static int columnsPerSweep(final int stride) {
		return Math.min(BLOCK, stride);
	}

	/** How {@link #columns} gets source row {@code q} (the {@code width} values of the lines at position {@code q}). */
	@FunctionalInterface
	interface RowSource {

		void load(int q, float[] row);

		/** Rows of {@code width} values of {@code in}, row {@code q} from {@code base + q·stride}. */
		static RowSource of(final float[] in, final int base, final int stride, final int width) {
			return (q, row) -> System.arraycopy(in, base + q * stride, row, 0, width);
		}
	}

	/**
	 * Columns per job: at most {@link #BLOCK}, fewer (down to {@link #MIN_COLUMNS}) when the outer slices alone are too
	 * few for the executor's tasks, as along Y of a 2D image (one slice), which would otherwise run as one job.
	 */
	static int columnsPerJob(final int columns, final int outerCount) {
		final int tasks = Math.max(1, Parallelization.getTaskExecutor().suggestNumberOfTasks());
		final int perOuter = (tasks + outerCount - 1) / outerCount;
		final int wanted = (columns + perOuter - 1) / perOuter;
		return Math.min(Math.min(BLOCK, columns), Math.max(MIN_COLUMNS, wanted));
	}

	/** Refuses an axis that is not above X, or positions {@code [from, from + length)} not within it. */
	private static void checkRange(final FloatVolume volume, final int axis, final int from, final int length) {
		checkAxis(volume, axis);
		final int n = volume.dims()[axis];
		if (from < 0 || length < 1 || from + length > n) throw new IllegalArgumentException("StridedConvolution: " +
			"positions " + from + ".." + (from + length - 1) + " are not within axis " + axis + " of " + n + " px");
	}

	private static void checkAxis(final FloatVolume volume, final int axis) {
		if (axis <= 0 || axis >= volume.numDimensions()) throw new IllegalArgumentException("StridedConvolution: axis " +
			axis + " must be in [1, " + (volume.numDimensions() - 1) + "]");
	}

	/**
	 * {@code width} neighbouring lines of {@code n} positions, position {@code q} of them given by {@code source}, their
	 * positions {@code [from, from + length)} put from raster index {@code outBase} with stride {@code stride}.
	 * <p>
	 * Each source row the kernel reaches is loaded once into a ring of arrays of its own ({@code rows}: row {@code q}
	 * in {@code rows[q % rows.length]}, the window {@code j − r .. j + r} clamped to the line being at most that many
	 * rows), and each output row is summed in {@code sum} and put out: so every sweep over the columns indexes all its
	 * arrays from 0. (C2 before JDK 24 vectorises a loop only when its array indices share one offset: summing
	 * {@code out[o + b] += w·(in[lo + b] + in[hi + b])} straight in the volume ran as scalar code, several times
	 * slower.) The rows are loaded in increasing order, each once.
	 * </p>
	 */
	static void columns(final RowSource source, final int n, final int from, final RasterSink out, final long outBase,
		final int length, final int stride, final int width, final float[] k, final float[][] rows, final float[] sum)
	{
		final int r = k.length - 1;
		final float k0 = k[0];
		final int ring = rows.length;
		int loadedTo = Math.max(0, from - r) - 1;
		for (int i = 0; i < length; i++) {
			final int j = from + i;
			for (final int last = Math.min(n - 1, j + r); loadedTo < last;) {
				loadedTo++;
				source.load(loadedTo, rows[loadedTo % ring]);
			}
			final float[] centre = rows[j % ring];
			for (int b = 0; b < width; b++)
				sum[b] = k0 * centre[b];
			for (int t = 1; t <= r; t++) {
				final float w = k[t];
				final float[] lo = rows[Math.max(0, j - t) % ring];
				final float[] hi = rows[Math.min(n - 1, j + t) % ring];
				for (int b = 0; b < width; b++)
					sum[b] += w * (lo[b] + hi[b]);
			}
			out.put(outBase + (long) i * stride, sum, width);
		}
	}
}
