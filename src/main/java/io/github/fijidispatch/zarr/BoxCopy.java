package io.github.fijidispatch.zarr;

/**
 * Copies a box between two dense primitive arrays laid out x fastest (a
 * chunk's C order with its axes reversed, which is also ImgLib2's flat order),
 * one row of x at a time with {@code System.arraycopy}; any number of
 * dimensions.
 */
final class BoxCopy {

	private BoxCopy() {
		// NB: static holder
	}

	/**
	 * @param src the source array, of size {@code srcDims}
	 * @param srcPos where the box starts in the source
	 * @param dst the target array, of size {@code dstDims}
	 * @param dstPos where the box starts in the target
	 * @param size the box's size
	 */
	static void copy(final Object src, final int[] srcDims, final int[] srcPos, final Object dst, final int[] dstDims,
		final int[] dstPos, final int[] size)
	{
		final int n = size.length;
		for (final int s : size)
			if (s == 0) return;
		final int[] i = new int[n];
		while (true) {
			System.arraycopy(src, offset(srcDims, srcPos, i), dst, offset(dstDims, dstPos, i), size[0]);
			int d = 1;
			while (d < n && ++i[d] == size[d])
				i[d++] = 0;
			if (d >= n) return;
		}
	}

	private static int offset(final int[] dims, final int[] pos, final int[] i) {
		int offset = 0;
		for (int d = dims.length - 1; d >= 0; d--)
			offset = offset * dims[d] + pos[d] + i[d];
		return offset;
	}
}
