package io.github.fijidispatch.backend.imglib2;

/**
 * The minimum or maximum over a sliding window along lines, in O(1)
 * comparisons per value whatever the window (van Herk / Gil–Werman: prefix and
 * suffix extrema within blocks of the window's length). Works on batches of
 * lines stored interleaved (element {@code i} of line {@code b} at
 * {@code i·stride + b}), as {@link FloatVolume#filterAlong} hands them out; a
 * single line is a batch of one. With {@code skipNaN} the extremum skips NaN
 * ({@link Extremum#ext}: NaN only for a window of NaN only), which keeps the
 * block decomposition exact since NaN is then the neutral value. Holds its
 * scratch arrays: one instance per thread.
 */
final class SlidingExtremum {

	private final boolean max;
	private final boolean skipNaN;
	private float[] prefix = new float[0];
	private float[] suffix = new float[0];

	/** @param skipNaN false when the values hold no NaN: the plain {@code Math} loops */
	SlidingExtremum(final boolean max, final boolean skipNaN) {
		this.max = max;
		this.skipNaN = skipNaN;
	}

	/**
	 * {@code dst[dstStart + j·stride + b] = ext(src[srcStart + (j+t)·stride + b], t ∈ [0, 2r])}
	 * for {@code j ∈ [0, length)}, {@code b ∈ [0, width)}.
	 */
	void apply(final float[] src, final int srcStart, final int length, final int r, final int stride, final int width,
		final float[] dst, final int dstStart)
	{
		if (r == 0) {
			for (int j = 0; j < length; j++)
				System.arraycopy(src, srcStart + j * stride, dst, dstStart + j * stride, width);
			return;
		}
		final int window = 2 * r + 1;
		final int span = length + 2 * r;
		if (prefix.length < span * stride) {
			prefix = new float[span * stride];
			suffix = new float[span * stride];
		}
		for (int blockStart = 0; blockStart < span; blockStart += window) {
			final int blockEnd = Math.min(span, blockStart + window);
			for (int b = 0; b < width; b++)
				prefix[blockStart * stride + b] = src[srcStart + blockStart * stride + b];
			for (int i = blockStart + 1; i < blockEnd; i++)
				combine(prefix, (i - 1) * stride, src, srcStart + i * stride, prefix, i * stride, width);
			final int last = blockEnd - 1;
			for (int b = 0; b < width; b++)
				suffix[last * stride + b] = src[srcStart + last * stride + b];
			for (int i = last - 1; i >= blockStart; i--)
				combine(suffix, (i + 1) * stride, src, srcStart + i * stride, suffix, i * stride, width);
		}
		for (int j = 0; j < length; j++)
			combine(suffix, j * stride, prefix, (j + window - 1) * stride, dst, dstStart + j * stride, width);
	}

	/** {@code c[k+b] = ext(a[i+b], b'[j+b])} for {@code b ∈ [0, width)}. */
	private void combine(final float[] a, final int i, final float[] b, final int j, final float[] c, final int k,
		final int width)
	{
		if (skipNaN) for (int t = 0; t < width; t++)
			c[k + t] = NeighbourhoodExtremum.ext(max, a[i + t], b[j + t]);
		else if (max) for (int t = 0; t < width; t++)
			c[k + t] = Math.max(a[i + t], b[j + t]);
		else for (int t = 0; t < width; t++)
			c[k + t] = Math.min(a[i + t], b[j + t]);
	}
}
