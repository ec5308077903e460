package io.github.fijidispatch.backend.imglib2;

/**
 * The 2D median of radius 1 on rows without NaN, by min/max networks over
 * order-preserving int keys ({@link SortedWindow#key}: the order of
 * {@link Float#compare}, so signed zeros keep their order and the result is
 * one of the window's values bit for bit). Box (3×3): each column of three is
 * sorted once per row and shared by the three windows that hold it; the
 * median is the median of the columns' largest low, median middle and
 * smallest high. Sphere (the cross of five): the median of the vertical pair
 * and the horizontal pair, with the centre as the fifth value. Straight-line
 * integer min/max that the JIT vectorises, no branches. Only for images
 * without NaN: a network ranks NaN, the NaN rule counts it out.
 */
final class SmallMedianNetwork implements RowSweep.RowFilter {

	private final boolean box;
	private int[] up = new int[0];
	private int[] centre = up;
	private int[] down = up;
	private int[] low = up;
	private int[] middle = up;
	private int[] high = up;

	private SmallMedianNetwork(final boolean box) {
		this.box = box;
	}

	/** Whether this network computes {@code nb}: radius 1 in 2D, box or sphere. */
	static boolean handles(final Neighbourhood nb) {
		final int[] r = nb.radii();
		return r.length == 2 && r[0] == 1 && r[1] == 1;
	}

	/** The median of {@code volume} (which must hold no NaN) over {@code nb} (which this {@link #handles}). */
	static FloatVolume median(final FloatVolume volume, final Neighbourhood nb) {
		if (!handles(nb)) throw new IllegalArgumentException("no median network for " + nb);
		return RowSweep.run(volume, nb, () -> new SmallMedianNetwork(nb.isBox()));
	}

	@Override
	public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
		final int n = length + 2;
		if (up.length < n) {
			up = new int[n];
			centre = new int[n];
			down = new int[n];
			low = new int[n];
			middle = new int[n];
			high = new int[n];
		}
		keys(rows[0], n, up);
		keys(rows[1], n, centre);
		keys(rows[2], n, down);
		if (box) box(length, out);
		else cross(length, out);
	}

	private void box(final int length, final float[] out) {
		final int n = length + 2;
		final int[] a = up, b = centre, c = down, lo = low, mid = middle, hi = high;
		for (int j = 0; j < n; j++) {
			final int s0 = Math.min(a[j], b[j]);
			final int s1 = Math.max(a[j], b[j]);
			final int t = Math.max(s0, c[j]);
			lo[j] = Math.min(s0, c[j]);
			mid[j] = Math.min(s1, t);
			hi[j] = Math.max(s1, t);
		}
		final int[] result = a; // NB: the up row's keys are no longer needed
		for (int x = 0; x < length; x++) {
			final int maxLow = Math.max(Math.max(lo[x], lo[x + 1]), lo[x + 2]);
			final int minHigh = Math.min(Math.min(hi[x], hi[x + 1]), hi[x + 2]);
			final int midMid = median3(mid[x], mid[x + 1], mid[x + 2]);
			result[x] = median3(maxLow, midMid, minHigh);
		}
		values(result, length, out);
	}

	private void cross(final int length, final float[] out) {
		final int[] a = up, b = centre, c = down, result = low;
		for (int x = 0; x < length; x++) {
			// NB: for pairs (p, q) and (r, s), the median of five is that of e, max(min p q, min r s), min(max p q, max r s)
			final int lowPair = Math.max(Math.min(a[x + 1], c[x + 1]), Math.min(b[x], b[x + 2]));
			final int highPair = Math.min(Math.max(a[x + 1], c[x + 1]), Math.max(b[x], b[x + 2]));
			result[x] = median3(b[x + 1], lowPair, highPair);
		}
		values(result, length, out);
	}

	private static int median3(final int p, final int q, final int r) {
		return Math.max(Math.min(p, q), Math.min(Math.max(p, q), r));
	}

	private static void keys(final float[] row, final int n, final int[] keys) {
		for (int j = 0; j < n; j++)
			keys[j] = SortedWindow.key(row[j]);
	}

	private static void values(final int[] keys, final int length, final float[] out) {
		for (int x = 0; x < length; x++)
			out[x] = SortedWindow.value(keys[x]);
	}
}
