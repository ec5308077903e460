package io.github.fijidispatch.backend.imglib2;

import net.imglib2.parallel.TaskExecutor;

/**
 * A symmetric 1D convolution of a {@link FloatVolume} along an axis other than
 * X, computed straight from the volume into a new one: output row {@code j}
 * (the contiguous values at position {@code j} of the axis) is
 * {@code k0·row[j] + Σ k[t]·(row[j−t] + row[j+t])}, rows outside clamped to
 * the edge, the terms added in this order for every value (as
 * {@link Imglib2Gauss#convolve} does, so results are bit-identical). No line
 * is copied: each term is swept along a contiguous run of values. Blocks of
 * columns run in parallel on ImgLib2's current {@link TaskExecutor}.
 */
final class StridedConvolution {

	/** Columns swept together: the 2r+1 source rows of a block stay in cache. */
	private static final int BLOCK = 4096;

	private StridedConvolution() {
		// NB: static holder
	}

	/**
	 * A new volume: {@code volume} convolved along {@code axis} (&gt; 0) with the
	 * half kernel {@code k} ({@code k[0]} the centre).
	 */
	static FloatVolume along(final FloatVolume volume, final int axis, final float[] k) {
		final int[] dims = volume.dims();
		if (axis <= 0 || axis >= dims.length) throw new IllegalArgumentException("StridedConvolution: axis " + axis +
			" must be in [1, " + (dims.length - 1) + "]");
		final long[] size = new long[dims.length];
		for (int d = 0; d < dims.length; d++)
			size[d] = dims[d];
		final FloatVolume result = FloatVolume.zeros(size);
		final float[] in = volume.data();
		final float[] out = result.data();
		final int n = dims[axis];
		int stride = 1;
		for (int d = 0; d < axis; d++)
			stride *= dims[d];
		final int s = stride;
		final int outerCount = in.length / (s * n);
		final int block = Math.min(BLOCK, s);
		final int blocksPerOuter = (s + block - 1) / block;
		final long jobs = (long) outerCount * blocksPerOuter;
		ParallelRanges.forEach(jobs, 1, (firstJob, endJob) -> {
			for (long job = firstJob; job < endJob; job++) {
				final int outer = (int) (job / blocksPerOuter);
				final int first = (int) (job % blocksPerOuter) * block;
				final int base = outer * s * n + first;
				columns(in, out, base, s, Math.min(block, s - first), n, k);
			}
		});
		return result;
	}

	/** {@code width} neighbouring lines of length {@code n} from {@code base}, element j of line b at {@code base + j·stride + b}. */
	private static void columns(final float[] in, final float[] out, final int base, final int stride, final int width,
		final int n, final float[] k)
	{
		final int r = k.length - 1;
		final float k0 = k[0];
		for (int j = 0; j < n; j++) {
			final int o = base + j * stride;
			for (int b = 0; b < width; b++)
				out[o + b] = k0 * in[o + b];
			for (int t = 1; t <= r; t++) {
				final float w = k[t];
				final int lo = base + Math.max(0, j - t) * stride;
				final int hi = base + Math.min(n - 1, j + t) * stride;
				for (int b = 0; b < width; b++)
					out[o + b] += w * (in[lo + b] + in[hi + b]);
			}
		}
	}
}
