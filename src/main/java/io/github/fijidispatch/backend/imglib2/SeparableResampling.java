package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.transform.ScaleOp;

/**
 * Resampling of a double volume (X fastest, one array) along one axis: output
 * pixel {@code i} samples the axis at {@code p = (i + 0.5) / f − 0.5}, either
 * the nearest pixel ({@code floor(p + 0.5)}) or linearly between the two
 * pixels around {@code p}, reading zero outside the volume. Linear and
 * nearest-neighbour sampling are separable, so an n-D resampling is one pass
 * per axis. A term of weight zero is left out (a NaN pixel does not reach
 * positions that give it no weight). Lines or blocks of columns run in
 * parallel ({@link ParallelRanges}).
 * <p>
 * The volume may be a box of a larger one: output index {@code i} is then
 * {@code outOrigin + i} of the whole output, and input index {@code j} is
 * {@code srcOrigin + j} of the whole input; positions are those of the whole,
 * so a box gives the whole result's box bit for bit, a source pixel beyond the
 * box reading zero.
 * </p>
 */
final class SeparableResampling {

	/** Neighbouring columns resampled together along axes other than X. */
	private static final int BLOCK = 2048;

	/** Per output index along the axis: the two source indices and their weights (0 for no term). */
	private final int[] first;
	private final int[] second;
	private final double[] firstWeight;
	private final double[] secondWeight;

	private SeparableResampling(final int inLength, final int outLength, final double factor, final boolean linear,
		final long outOrigin, final long srcOrigin)
	{
		first = new int[outLength];
		second = new int[outLength];
		firstWeight = new double[outLength];
		secondWeight = new double[outLength];
		for (int i = 0; i < outLength; i++) {
			final double p = ScaleOp.position(outOrigin + i, factor);
			if (linear) {
				final double lower = Math.floor(p);
				final double t = p - lower;
				term(i, (long) lower - srcOrigin, 1 - t, inLength, false);
				term(i, (long) lower + 1 - srcOrigin, t, inLength, true);
			}
			else term(i, (long) Math.floor(p + 0.5) - srcOrigin, 1, inLength, false);
		}
	}

	private void term(final int i, final long source, final double weight, final int inLength, final boolean second) {
		final boolean inside = source >= 0 && source < inLength && weight != 0;
		(second ? this.second : first)[i] = inside ? (int) source : 0;
		(second ? secondWeight : firstWeight)[i] = inside ? weight : 0;
	}

	/**
	 * A new volume: {@code data} (of {@code dims}) resampled along
	 * {@code axis} to {@code outLength} pixels by {@code factor}, the box at {@code outOrigin} of the whole output
	 * from the box at {@code srcOrigin} of the whole input along that axis.
	 */
	static double[] along(final double[] data, final int[] dims, final int axis, final int outLength,
		final double factor, final boolean linear, final long outOrigin, final long srcOrigin)
	{
		final SeparableResampling r = new SeparableResampling(dims[axis], outLength, factor, linear, outOrigin,
			srcOrigin);
		int stride = 1;
		for (int d = 0; d < axis; d++)
			stride *= dims[d];
		final int inLength = dims[axis];
		final int outer = data.length / (stride * inLength);
		final double[] out = new double[outer * stride * outLength];
		if (axis == 0) {
			ParallelRanges.forEach(outer, Math.max(1, (1 << 15) / inLength), (from, end) -> {
				for (long row = from; row < end; row++)
					r.line(data, (int) row * inLength, out, (int) row * outLength);
			});
			return out;
		}
		final int s = stride;
		final int block = Math.min(BLOCK, s);
		final int blocksPerOuter = (s + block - 1) / block;
		ParallelRanges.forEach((long) outer * blocksPerOuter, 1, (from, end) -> {
			for (long job = from; job < end; job++) {
				final int o = (int) (job / blocksPerOuter);
				final int b0 = (int) (job % blocksPerOuter) * block;
				r.columns(data, o * s * inLength + b0, out, o * s * outLength + b0, s, Math.min(block, s - b0));
			}
		});
		return out;
	}

	/**
	 * A new volume: the pixels of {@code pixels} (of {@code dims}) resampled
	 * along X to {@code outLength} pixels by {@code factor}, row by row
	 * straight from the image (no full-size copy of the input); origins as in {@link #along}.
	 */
	static double[] alongX(final PixelBlocks pixels, final int[] dims, final int outLength, final double factor,
		final boolean linear, final long outOrigin, final long srcOrigin)
	{
		final SeparableResampling r = new SeparableResampling(dims[0], outLength, factor, linear, outOrigin, srcOrigin);
		final int inLength = dims[0];
		final int rows = (int) (pixels.size() / inLength);
		final double[] out = new double[rows * outLength];
		ParallelRanges.forEach(rows, Math.max(1, (1 << 15) / inLength), (from, end) -> {
			final double[] row = new double[inLength];
			final PixelBlocks.Reader reader = pixels.reader();
			for (long y = from; y < end; y++) {
				reader.row(y, row);
				r.line(row, 0, out, (int) y * outLength);
			}
		});
		return out;
	}

	/** One line along X, from {@code in[at..]} to {@code out[to..]}. */
	private void line(final double[] in, final int at, final double[] out, final int to) {
		for (int i = 0; i < first.length; i++) {
			double v = 0;
			if (firstWeight[i] != 0) v += firstWeight[i] * in[at + first[i]];
			if (secondWeight[i] != 0) v += secondWeight[i] * in[at + second[i]];
			out[to + i] = v;
		}
	}

	/** {@code width} neighbouring columns, element {@code j} of column {@code b} at {@code base + j·stride + b}. */
	private void columns(final double[] in, final int inBase, final double[] out, final int outBase, final int stride,
		final int width)
	{
		for (int i = 0; i < first.length; i++) {
			final int o = outBase + i * stride;
			final double w0 = firstWeight[i];
			final double w1 = secondWeight[i];
			final int a = inBase + first[i] * stride;
			final int b = inBase + second[i] * stride;
			if (w0 != 0 && w1 != 0) for (int k = 0; k < width; k++)
				out[o + k] = w0 * in[a + k] + w1 * in[b + k];
			else if (w0 != 0) for (int k = 0; k < width; k++)
				out[o + k] = w0 * in[a + k];
			else if (w1 != 0) for (int k = 0; k < width; k++)
				out[o + k] = w1 * in[b + k];
			// NB: no term: the output stays 0
		}
	}
}
