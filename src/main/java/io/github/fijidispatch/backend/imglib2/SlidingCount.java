package io.github.fijidispatch.backend.imglib2;

/**
 * Binary erosion or dilation along one contiguous line of a byte mask
 * (foreground has bit 0 set, e.g. 255; background 0), clamp-to-edge: each
 * position's window {@code [j − r, j + r]} is clipped to the line (the clamped
 * copies of an end pixel add no new value), and a sliding count of its
 * foreground decides: erosion keeps a pixel when the whole window is
 * foreground, dilation when any of it is. O(1) per pixel whatever the radius;
 * immutable, so one instance serves all threads.
 */
final class SlidingCount {

	private final boolean erode;
	private final byte foreground;
	private final byte background;

	/**
	 * @param erode erosion (all of the window is foreground) or dilation (any of it)
	 * @param foreground the value written for foreground (must have bit 0 set)
	 * @param background the value written for background (must have bit 0 clear)
	 */
	SlidingCount(final boolean erode, final byte foreground, final byte background) {
		if ((foreground & 1) == 0 || (background & 1) != 0) throw new IllegalArgumentException("binary morphology: foreground " +
			foreground + " must be odd and background " + background + " even");
		this.erode = erode;
		this.foreground = foreground;
		this.background = background;
	}

	/**
	 * Filters the line {@code in[inBase .. inBase + n)} with radius {@code r}
	 * into {@code out[outBase .. outBase + n)}: the ends, where the window is
	 * clipped, step by step; the interior without bounds checks.
	 */
	void line(final byte[] in, final int inBase, final byte[] out, final int outBase, final int n, final int r) {
		int count = 0;
		for (int j = 0; j <= r && j < n; j++)
			count += in[inBase + j] & 1;
		final int head = Math.min(r, n);
		for (int j = 0; j < head; j++)
			count = step(in, inBase, out, outBase, n, r, j, count);
		final int full = 2 * r + 1;
		final int tail = Math.max(r, n - r - 1);
		final byte fg = foreground;
		final byte bg = background;
		if (erode) for (int j = r; j < tail; j++) {
			out[outBase + j] = count == full ? fg : bg;
			count += (in[inBase + j + r + 1] & 1) - (in[inBase + j - r] & 1);
		}
		else for (int j = r; j < tail; j++) {
			out[outBase + j] = count > 0 ? fg : bg;
			count += (in[inBase + j + r + 1] & 1) - (in[inBase + j - r] & 1);
		}
		for (int j = tail; j < n; j++)
			count = step(in, inBase, out, outBase, n, r, j, count);
	}

	/** Writes position {@code j} of a line from its window's {@code count} and returns the count for {@code j + 1}. */
	private int step(final byte[] in, final int inBase, final byte[] out, final int outBase, final int n, final int r,
		final int j, final int count)
	{
		final int size = Math.min(n - 1, j + r) - Math.max(0, j - r) + 1;
		out[outBase + j] = decide(count, size);
		int next = count;
		if (j + r + 1 < n) next += in[inBase + j + r + 1] & 1;
		if (j - r >= 0) next -= in[inBase + j - r] & 1;
		return next;
	}

	/** The value for a window of {@code size} pixels holding {@code count} foreground. */
	byte decide(final int count, final int size) {
		return (erode ? count == size : count > 0) ? foreground : background;
	}

	boolean erodes() {
		return erode;
	}
}
