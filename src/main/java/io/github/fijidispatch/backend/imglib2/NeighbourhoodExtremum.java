package io.github.fijidispatch.backend.imglib2;

/**
 * Grey-scale erosion ({@link #MIN}) and dilation ({@link #MAX}) of a
 * {@link FloatVolume} over a {@link Neighbourhood}, clamp-to-edge. A box is
 * separable: one sliding-extremum pass per axis, in place. A sphere goes
 * through {@link SphereExtremum}: the extremum along X widened one half-width
 * at a time, each run folding its row in.
 * <p>
 * NaN is no data: a volume that holds NaN is filtered with NaN-skipping
 * comparisons ({@link #ext}), for which NaN is the neutral value, so a window
 * of NaN only gives NaN and the separable and sphere decompositions stay exact;
 * a volume without NaN keeps the plain {@code Math.max}/{@code min} loops.
 * </p>
 */
enum NeighbourhoodExtremum {

	MIN(false), MAX(true);

	private final boolean max;

	NeighbourhoodExtremum(final boolean max) {
		this.max = max;
	}

	/**
	 * Filters {@code volume}, consuming it: the result may be {@code volume}
	 * itself, filtered in place (box), or a new volume (sphere).
	 */
	FloatVolume consume(final FloatVolume volume, final Neighbourhood nb) {
		final boolean skipNaN = holdsNaN(volume.data());
		if (!nb.isBox()) return new SphereExtremum(max, skipNaN).consume(volume, nb);
		final int[] radii = nb.radii();
		for (int d = 0; d < radii.length; d++) {
			final int r = radii[d];
			if (r == 0) continue;
			volume.filterAlong(d, r, (padded, out, length, width, batch) -> new SlidingExtremum(max, skipNaN).apply(padded, 0,
				length, r, batch, width, out, 0));
		}
		return volume;
	}

	/**
	 * The larger ({@code max}) or smaller of two values, NaN skipped: NaN only
	 * when both are NaN. ±Inf are ordinary values.
	 */
	static float ext(final boolean max, final float a, final float b) {
		if (a != a) return b;
		if (b != b) return a;
		return max ? Math.max(a, b) : Math.min(a, b);
	}

	private static boolean holdsNaN(final float[] values) {
		for (final float v : values)
			if (v != v) return true;
		return false;
	}
}
