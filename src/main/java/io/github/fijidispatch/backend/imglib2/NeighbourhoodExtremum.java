package io.github.fijidispatch.backend.imglib2;

/**
 * Grey-scale erosion ({@link #MIN}) and dilation ({@link #MAX}) of a
 * {@link FloatVolume} over a {@link Neighbourhood}, clamp-to-edge. A box is
 * separable: one sliding-extremum pass per axis, in place. A sphere goes
 * through {@link SphereExtremum}: the extremum along X widened one half-width
 * at a time, each run folding its row in.
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
		if (!nb.isBox()) return new SphereExtremum(max).consume(volume, nb);
		final int[] radii = nb.radii();
		for (int d = 0; d < radii.length; d++) {
			final int r = radii[d];
			if (r == 0) continue;
			volume.filterAlong(d, r, (padded, out, length, width, batch) -> new SlidingExtremum(max).apply(padded, 0,
				length, r, batch, width, out, 0));
		}
		return volume;
	}
}
