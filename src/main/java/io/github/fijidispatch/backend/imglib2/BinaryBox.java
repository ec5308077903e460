package io.github.fijidispatch.backend.imglib2;

import net.imglib2.parallel.TaskExecutor;

/**
 * Binary erosion and dilation of a {@link BinaryVolume} (foreground has bit 0 set,
 * e.g. 255; background 0) over a box, clamp-to-edge: one pass per axis with a
 * non-zero radius. Along a line a pixel's window is clipped to the line (the
 * clamped copies of the end pixel add no new value), and a sliding count of
 * its foreground pixels decides: erosion keeps a pixel when the whole window
 * is foreground, dilation when any of it is ({@link SlidingCount}). O(1) per
 * pixel whatever the radius. Lines along X run one at a time; along other axes a block of
 * neighbouring lines advances together, so every access is contiguous. Passes
 * run in parallel on ImgLib2's current {@link TaskExecutor}.
 */
final class BinaryBox {

	/** Neighbouring lines advanced together along axes other than X. */
	private static final int BLOCK = 1024;

	private final int[] radii;
	private final SlidingCount rows;

	/**
	 * @param erode erosion (all of the window is foreground) or dilation (any of it)
	 * @param radii the half-widths of the box per axis
	 * @param foreground the value written for foreground (must have bit 0 set)
	 * @param background the value written for background (must have bit 0 clear)
	 */
	BinaryBox(final boolean erode, final int[] radii, final byte foreground, final byte background) {
		this.radii = radii.clone();
		this.rows = new SlidingCount(erode, foreground, background);
	}

	/** Filters {@code mask}, consuming it: the result is {@code mask} itself or a new mask. */
	BinaryVolume consume(final BinaryVolume mask) {
		final int[] dims = mask.dims();
		BinaryVolume in = mask;
		BinaryVolume out = null;
		for (int d = 0; d < dims.length; d++) {
			if (radii[d] == 0 || dims[d] == 1) continue;
			if (out == null) out = BinaryVolume.zeros(dims);
			pass(in.data(), out.data(), dims, d, radii[d]);
			final BinaryVolume done = out;
			out = in;
			in = done;
		}
		return in;
	}

	/** One pass along {@code axis}, from {@code in} into {@code out}. */
	private void pass(final byte[] in, final byte[] out, final int[] dims, final int axis, final int r) {
		final int n = dims[axis];
		int stride = 1;
		for (int d = 0; d < axis; d++)
			stride *= dims[d];
		final int s = stride;
		final int outerCount = in.length / (s * n);
		final int block = axis == 0 ? 1 : Math.min(BLOCK, s);
		final int blocksPerOuter = (s + block - 1) / block;
		final long jobs = (long) outerCount * blocksPerOuter;
		ParallelRanges.forEach(jobs, 1, (firstJob, endJob) -> {
			final int[] counts = new int[block];
			for (long job = firstJob; job < endJob; job++) {
				final int outer = (int) (job / blocksPerOuter);
				final int first = (int) (job % blocksPerOuter) * block;
				final int base = outer * s * n + first;
				if (axis == 0) rows.line(in, base, out, base, n, r);
				else lines(in, out, base, s, Math.min(block, s - first), n, r, counts);
			}
		});
	}

	/** {@code width} neighbouring lines of length {@code n} from {@code base}, element j of line b at {@code base + j·stride + b}. */
	private void lines(final byte[] in, final byte[] out, final int base, final int stride, final int width, final int n,
		final int r, final int[] counts)
	{
		java.util.Arrays.fill(counts, 0, width, 0);
		for (int j = 0; j <= r && j < n; j++)
			add(in, base + j * stride, counts, width, 1);
		for (int j = 0; j < n; j++) {
			final int size = Math.min(n - 1, j + r) - Math.max(0, j - r) + 1;
			final int o = base + j * stride;
			for (int b = 0; b < width; b++)
				out[o + b] = rows.decide(counts[b], size);
			if (j + r + 1 < n) add(in, base + (j + r + 1) * stride, counts, width, 1);
			if (j - r >= 0) add(in, base + (j - r) * stride, counts, width, -1);
		}
	}

	private static void add(final byte[] in, final int at, final int[] counts, final int width, final int sign) {
		for (int b = 0; b < width; b++)
			counts[b] += sign * (in[at + b] & 1);
	}

}
