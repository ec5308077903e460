package io.github.fijidispatch.backend.imglib2;

/**
 * Sliding-window sums along lines in O(1) per value, accumulated in double:
 * the box mean as a separable {@link FloatVolume.LineFilter}.
 */
final class SlidingSums {

	private SlidingSums() {
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
}
