package io.github.fijidispatch.backend.imglib2;

/**
 * Sliding-window sums along lines in O(1) per value, accumulated in double:
 * the box mean as a separable {@link FloatVolume.LineFilter}. Lines holding
 * NaN or infinities slide counts of them beside the finite sums (a NaN in a
 * running sum would stay there after it left the window): a window's mean is
 * then what IEEE arithmetic gives, NaN for a NaN or for +Inf with −Inf.
 */
final class SlidingSums {

	private SlidingSums() {
		// NB: static holder
	}

	/** A line filter replacing each value by the mean of the {@code 2r+1} values centred on it. */
	static FloatVolume.LineFilter mean(final int r) {
		final double window = 2 * r + 1;
		return (padded, out, length, width, batch) -> {
			if (!allFinite(padded, (length + 2 * r) * batch)) {
				meanCountingNonFinite(r, padded, out, length, width, batch);
				return;
			}
			final double[] sums = new double[width];
			for (int t = 0; t <= 2 * r; t++)
				for (int b = 0; b < width; b++)
					sums[b] += padded[t * batch + b];
			for (int j = 0; j < length; j++) {
				final int o = j * batch;
				for (int b = 0; b < width; b++)
					out[o + b] = (float) (sums[b] / window);
				if (j + 1 == length) break;
				final int enter = (j + 2 * r + 1) * batch;
				for (int b = 0; b < width; b++)
					sums[b] += padded[enter + b] - padded[o + b];
			}
		};
	}

	/** The mean filter of lines that hold non-finite values: finite sums, and counts of NaN, +Inf, −Inf. */
	private static void meanCountingNonFinite(final int r, final float[] padded, final float[] out, final int length,
		final int width, final int batch)
	{
		final double window = 2 * r + 1;
		final double[] sums = new double[width];
		final int[][] counts = new int[3][width];
		for (int t = 0; t <= 2 * r; t++)
			for (int b = 0; b < width; b++)
				enter(padded[t * batch + b], b, sums, counts, 1);
		for (int j = 0; j < length; j++) {
			final int o = j * batch;
			for (int b = 0; b < width; b++) {
				final boolean nan = counts[0][b] > 0 || counts[1][b] > 0 && counts[2][b] > 0;
				final double special = nan ? Double.NaN : counts[1][b] > 0 ? Double.POSITIVE_INFINITY
					: counts[2][b] > 0 ? Double.NEGATIVE_INFINITY : 0;
				out[o + b] = (float) ((sums[b] + special) / window);
			}
			if (j + 1 == length) break;
			final int enter = (j + 2 * r + 1) * batch;
			for (int b = 0; b < width; b++) {
				enter(padded[enter + b], b, sums, counts, 1);
				enter(padded[o + b], b, sums, counts, -1);
			}
		}
	}

	/** Adds ({@code sign} 1) or removes (−1) value {@code v} of line {@code b}. */
	private static void enter(final float v, final int b, final double[] sums, final int[][] counts, final int sign) {
		if (Float.isFinite(v)) sums[b] += sign * v;
		else counts[v != v ? 0 : v > 0 ? 1 : 2][b] += sign;
	}

	private static boolean allFinite(final float[] values, final int n) {
		for (int i = 0; i < n; i++)
			if (!Float.isFinite(values[i])) return false;
		return true;
	}
}
