package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.RealType;

/**
 * A 3D separable blur (the X, Y and Z passes of {@link Imglib2Gauss}) streamed along Z: each source slice the Z kernel
 * reaches is read once, blurred along X and Y into a ring of as many slices as the Z kernel spans, and each output
 * slice is summed from that ring and put out. The same values as the three passes one after the other, bit for bit
 * (each value is computed by the same terms in the same order: only when and where the intermediate values live
 * changes), but no intermediate volume is made: the ring stays in the processor's cache, where each of the three
 * passes over whole intermediate volumes reads and writes main memory. That matters most where several blocks of the
 * block engine blur at once, each with intermediates of its own.
 * <p>
 * It applies ({@link #chunks}) when the ring is small enough to stay in a cache ({@link #MAX_RING_BYTES}) and the
 * output slices can be cut into one chunk per thread of ImgLib2's current executor, each of at least
 * {@link #SLICES_PER_RADIUS} × the Z radius slices: each chunk reads and blurs the source slices its own output slices
 * reach, so the slices within the Z radius of a chunk's end are blurred along X and Y by both chunks beside it (at
 * most a quarter more of that work per chunk).
 * </p>
 */
final class SliceRingBlur {

	/** The largest ring of XY-blurred slices the stream keeps per chunk. */
	static final long MAX_RING_BYTES = 8L << 20;

	/** The values side by side in each sweep of the Y pass, at least: the rows of that many slices at once. */
	static final int SLAB_SWEEP = 1024;

	/** The fewest output slices per chunk, per slice of the Z radius. */
	static final int SLICES_PER_RADIUS = 8;

	private static final FloatVolume.WindowFilter COPY = (padded, out, length, width, batch) -> System.arraycopy(padded,
		0, out, 0, length);

	private SliceRingBlur() {
		// NB: static holder
	}

	/**
	 * The chunks of output slices ({@code [first, end)} of {@code length}) a stream runs, one per thread of the current
	 * executor, or none when the stream does not apply: a ring of {@code window} slices of {@code slicePixels} would
	 * not fit {@link #MAX_RING_BYTES}, or the slices are too few for a chunk per thread of at least
	 * {@link #SLICES_PER_RADIUS} × {@code radius} slices.
	 */
	static List<long[]> chunks(final int length, final int radius, final int window, final long slicePixels) {
		if (4L * window * slicePixels > MAX_RING_BYTES) return null;
		final int threads = Math.max(1, Parallelization.getTaskExecutor().getParallelism());
		if (threads > 1 && length / threads < (long) SLICES_PER_RADIUS * Math.max(1, radius)) return null;
		final List<long[]> chunks = new ArrayList<>(threads);
		for (int t = 0; t < threads; t++)
			chunks.add(new long[] { (long) length * t / threads, (long) length * (t + 1) / threads });
		return chunks;
	}

	/**
	 * The blur of {@code box} (X fastest, 3 axes), positions {@code [from[d], from[d] + length[d])} of each axis, put
	 * into {@code into} in raster order of that box (X fastest), chunk by chunk in parallel.
	 *
	 * @param kernels the half kernels per axis ({@code k[0]} the centre); {@code null} for an axis without a pass, whose
	 *          {@code from} must then be 0 and {@code length} the box's, and Z must have one
	 * @param chunks the chunks of output slices, from {@link #chunks}
	 */
	static void blur(final RandomAccessibleInterval<? extends RealType<?>> box, final float[][] kernels,
		final int[] from, final int[] length, final List<long[]> chunks, final StridedConvolution.RasterSink into)
	{
		final PixelBlocks pixels = PixelBlocks.of(box);
		final int width = (int) box.dimension(0);
		final int height = (int) box.dimension(1);
		final int depth = (int) box.dimension(2);
		final float[] kz = kernels[2];
		final int slice = length[0] * length[1];
		ParallelRanges.forEach(chunks, (first, end) -> {
			final int reads = Math.min(depth, from[2] + (int) end + kz.length - 1);
			final Slices slices = new Slices(pixels, width, height, reads, kernels, from, length);
			final float[][] ring = new float[StridedConvolution.window(depth, kz)][slice];
			StridedConvolution.columns(slices, depth, from[2] + (int) first, into, first * slice, (int) (end - first), slice,
				slice, kz, ring, new float[slice]);
		});
	}

	/**
	 * The source slices of one chunk, each blurred along X and Y into a slot of the ring (one per chunk), in increasing
	 * order. Along Y they are blurred a slab of {@link #slabSlices} at a time, so that each sweep of the Y pass is as
	 * long as the slab's rows side by side instead of one short row: the X pass puts row {@code y} of slice {@code i}
	 * of the slab at {@code (y·slices + i)·width}, the Y pass runs over those wide rows, and each slice's rows are then
	 * copied to its slot.
	 */
	private static final class Slices implements StridedConvolution.RowSource {

		private final int height;
		private final int end;
		private final PaddedRows rows;
		private final FloatVolume.LineFilter alongX;
		private final int outWidth;
		private final float[] ky;
		private final int fromY;
		private final int lengthY;
		private final int slabSlices;
		private final float[] rowsBlurred;
		private final float[] slabBlurred;
		private final float[][] yRing;
		private final float[] ySum;
		private int slabFirst;
		private int slabCount;

		/** @param end the slice after the last one the chunk reads */
		Slices(final PixelBlocks pixels, final int width, final int height, final int end, final float[][] kernels,
			final int[] from, final int[] length)
		{
			final float[] kx = kernels[0];
			this.height = height;
			this.end = end;
			this.outWidth = length[0];
			this.rows = new PaddedRows(pixels, width, kx == null ? 0 : kx.length - 1, from[0], length[0]);
			this.alongX = kx == null ? COPY : Imglib2Gauss.alongX(kx);
			this.ky = kernels[1];
			this.fromY = from[1];
			this.lengthY = length[1];
			this.slabSlices = Math.max(1, SLAB_SWEEP / outWidth);
			final int slabWidth = slabSlices * outWidth;
			this.rowsBlurred = ky == null ? null : new float[slabWidth * height];
			this.slabBlurred = ky == null ? null : new float[slabWidth * lengthY];
			this.yRing = ky == null ? null : new float[StridedConvolution.window(height, ky)][StridedConvolution
				.columnsPerSweep(slabWidth)];
			this.ySum = ky == null ? null : new float[yRing[0].length];
		}

		@Override
		public void load(final int z, final float[] slot) {
			if (ky == null) {
				rows.filterRows((long) z * height, height, alongX, slot, 0, outWidth);
				return;
			}
			if (z >= slabFirst + slabCount) blurSlab(z);
			final int stride = slabCount * outWidth;
			final int at = (z - slabFirst) * outWidth;
			for (int y = 0; y < lengthY; y++)
				System.arraycopy(slabBlurred, y * stride + at, slot, y * outWidth, outWidth);
		}

		/** Slices {@code first ..} (at most {@link #slabSlices}, none at or after {@link #end}) blurred along X, then Y. */
		private void blurSlab(final int first) {
			slabFirst = first;
			slabCount = Math.min(slabSlices, end - first);
			final int stride = slabCount * outWidth;
			for (int i = 0; i < slabCount; i++)
				rows.filterRows((long) (first + i) * height, height, alongX, rowsBlurred, i * outWidth, stride);
			StridedConvolution.slab(rowsBlurred, stride, height, ky, fromY, lengthY, slabBlurred, yRing, ySum);
		}
	}
}
