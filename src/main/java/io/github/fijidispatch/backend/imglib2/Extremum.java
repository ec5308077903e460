package io.github.fijidispatch.backend.imglib2;

/**
 * Grey-scale erosion ({@link #MIN}) and dilation ({@link #MAX}) of a
 * {@link FloatVolume} over a {@link Neighbourhood}, clamp-to-edge. A box is
 * separable: one sliding-extremum pass per axis, in place. A sphere runs row
 * by row: each run of the neighbourhood is a sliding extremum of one input
 * row, combined across runs.
 */
enum Extremum {

	MIN(false), MAX(true);

	private final boolean max;

	Extremum(final boolean max) {
		this.max = max;
	}

	/**
	 * Filters {@code volume}, consuming it: the result may be {@code volume}
	 * itself, filtered in place (box), or a new volume (sphere).
	 */
	FloatVolume consume(final FloatVolume volume, final Neighbourhood nb) {
		if (!nb.isBox()) return RowSweep.run(volume, nb, () -> new SphereRows(nb, max));
		final int[] radii = nb.radii();
		for (int d = 0; d < radii.length; d++) {
			final int r = radii[d];
			if (r == 0) continue;
			volume.filterAlong(d, r, (padded, out, length, width, batch) -> new SlidingExtremum(max).apply(padded, 0,
				length, r, batch, width, out, 0));
		}
		return volume;
	}

	/** The extremum over a sphere's runs for one output row. */
	private static final class SphereRows implements RowSweep.RowFilter {

		private final Neighbourhood nb;
		private final SlidingExtremum sliding;
		private final float fill;
		private float[] run = new float[0];

		SphereRows(final Neighbourhood nb, final boolean max) {
			this.nb = nb;
			this.sliding = new SlidingExtremum(max);
			this.fill = max ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
		}

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			if (run.length < length) run = new float[length];
			java.util.Arrays.fill(out, 0, length, fill);
			for (int k = 0; k < rows.length; k++) {
				final int h = nb.halfWidth(k);
				sliding.apply(rows[k], pad - h, length, h, 1, 1, run, 0);
				sliding.accumulate(out, run, length);
			}
		}
	}
}
