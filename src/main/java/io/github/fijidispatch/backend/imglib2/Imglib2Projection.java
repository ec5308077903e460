package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.project.ProjectionOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.util.Intervals;

/**
 * The projections ({@link ProjectionOp}) on the CPU, straight over the
 * stored values ({@link RasterArrays}: the input's own arrays, or one copy).
 * <p>
 * In raster order the input is {@code outer} groups of {@code lines}
 * slices of {@code inner} pixels, where {@code inner} is the product of the
 * dimensions below the axis, {@code lines} the axis' length and {@code outer}
 * the product of those above it; output pixel {@code o · inner + i} reduces
 * input pixels {@code (o · lines + k) · inner + i} over {@code k}, in order of
 * {@code k}. Along z ({@code inner} = a plane) and y ({@code inner} = a row)
 * that is an element-wise fold of contiguous runs into a run of the output,
 * {@link #CHUNK} pixels at a time so that it stays in cache; along x
 * ({@code inner} = 1) each output pixel reduces one contiguous row. Every
 * input value is read once, in order within each run; chunks run in parallel
 * ({@link ParallelRanges}).
 * </p>
 */
public abstract class Imglib2Projection extends AbstractImglib2Implementation {

	/** Output pixels a task folds at a time, at most: the running values (and a run of doubles) stay in the L1/L2 cache. */
	static final int CHUNK = PixelBlocks.BLOCK;

	/** Pixel reads per parallel range, at least. */
	private static final long GRAIN = 1 << 16;

	protected Imglib2Projection(final String opId) {
		super(opId);
	}

	/** Reduces chunks of output pixels; one per parallel range (not thread-safe). */
	protected interface ChunkTask {

		/**
		 * Reduces output pixels {@code o · inner + i} for {@code i} in
		 * [{@code from}, {@code from + length}) into the output storage.
		 */
		void reduce(long o, int from, int length);

		/**
		 * Along x ({@code inner} = 1), where each output pixel {@code o} reduces one row: reduces rows
		 * [{@code first}, {@code end}), by default one at a time.
		 */
		default void reduceRows(final long first, final long end) {
			for (long o = first; o < end; o++)
				reduce(o, 0, 1);
		}
	}

	/**
	 * A task for one parallel range.
	 *
	 * @param raster the input's stored values
	 * @param lines the input's layout around the axis
	 * @param target the output's storage array (of the output kind)
	 */
	protected abstract ChunkTask task(RasterArrays raster, Lines lines, Object target);

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<?> image = call.hostImage(0);
		final ImageInfo output = call.outputInfo();
		final ArrayImg<?, ?> out = PixelArrays.newImage(output.kind(), output.dimensions());
		final Object target = PixelArrays.storage(out);
		final RasterArrays raster = RasterArrays.of(image);
		final Lines lines = new Lines(Intervals.dimensionsAsLongArray(image), ProjectionOp.axis(call.params()));
		final int chunk = (int) Math.min(CHUNK, lines.inner);
		final long chunks = (lines.inner + chunk - 1) / chunk;
		final long grain = Math.max(1, GRAIN / ((long) chunk * lines.length));
		ParallelRanges.forEach(lines.outer * chunks, grain, (first, end) -> {
			final ChunkTask task = task(raster, lines, target);
			if (lines.inner == 1) {
				task.reduceRows(first, end);
				return;
			}
			for (long u = first; u < end; u++) {
				final int from = (int) (u % chunks * chunk);
				task.reduce(u / chunks, from, (int) Math.min(chunk, lines.inner - from));
			}
		});
		return out;
	}

	/** The input's layout around the projected axis (see the class comment). */
	protected static final class Lines {

		/** Pixels per slice across the axis below it (1 along x). */
		final long inner;
		/** Slices along the axis: the values each output pixel reduces. */
		final int length;
		/** Groups of slices above the axis. */
		final long outer;

		Lines(final long[] dims, final int axis) {
			long below = 1;
			for (int d = 0; d < axis; d++)
				below *= dims[d];
			long above = 1;
			for (int d = axis + 1; d < dims.length; d++)
				above *= dims[d];
			inner = below;
			length = (int) dims[axis];
			outer = above;
		}

		/** The flat input index of value {@code k} of output pixel {@code o · inner + i}. */
		long input(final long o, final int k, final long i) {
			return (o * length + k) * inner + i;
		}

		/** The flat output index of output pixel {@code o · inner + i}. */
		int output(final long o, final long i) {
			return (int) (o * inner + i);
		}
	}
}
