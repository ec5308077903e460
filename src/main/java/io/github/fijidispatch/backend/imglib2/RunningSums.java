package io.github.fijidispatch.backend.imglib2;

/**
 * Sliding-window sums along lines in O(1) per value, accumulated in double:
 * the box mean as a separable {@link FloatVolume.LineFilter}, and per-row sums
 * (and sums of squares) for neighbourhoods swept by {@link RowSweep}.
 */
final class RunningSums {

	private RunningSums() {
		// NB: static holder
	}

	/** A line filter replacing each value by the mean of the {@code 2r+1} values centred on it. */
	static FloatVolume.LineFilter mean(final int r) {
		final double window = 2 * r + 1;
		return (padded, out, length, width, batch) -> {
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

	/**
	 * Adds to {@code sum[x]} the sum of {@code row[x + pad − h .. x + pad + h]}
	 * minus {@code shift} per value, and to {@code sumSq[x]} (unless null) the
	 * sum of squares of those shifted values, for {@code x ∈ [0, length)}.
	 */
	static void addRun(final float[] row, final int pad, final int h, final int length, final double shift,
		final double[] sum, final double[] sumSq)
	{
		double s = 0;
		double q = 0;
		for (int t = pad - h; t <= pad + h; t++) {
			final double v = row[t] - shift;
			s += v;
			q += v * v;
		}
		for (int x = 0; x < length; x++) {
			sum[x] += s;
			if (sumSq != null) sumSq[x] += q;
			if (x + 1 == length) break;
			final double enter = row[x + pad + h + 1] - shift;
			final double leave = row[x + pad - h] - shift;
			s += enter - leave;
			q += enter * enter - leave * leave;
		}
	}
}
