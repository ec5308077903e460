package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;

/**
 * A box or ellipsoid neighbourhood, decomposed into runs along X: one run per
 * offset along the other axes ({@code dy} in 2D, {@code (dy, dz)} in 3D),
 * covering {@code dx ∈ [-h, h]}. Box: every offset within the radii, each run
 * of half-width {@code rx}. Sphere: the ellipsoid
 * {@code Σ d_i²/r_i² ≤ 1}, evaluated exactly in integers (an axis with radius
 * 0 admits only offset 0). Dimension-independent; immutable.
 */
public final class Neighbourhood {

	private final boolean box;
	private final int[] radii;
	private final int[][] rowOffsets;
	private final int[] halfWidths;
	private final int size;

	private Neighbourhood(final boolean box, final int[] radii) {
		this.box = box;
		this.radii = radii.clone();
		final List<int[]> offsets = new ArrayList<>();
		final List<Integer> widths = new ArrayList<>();
		final int[] o = new int[radii.length - 1];
		for (int d = 0; d < o.length; d++)
			o[d] = -radii[d + 1];
		int count = 0;
		while (true) {
			final int h = halfWidth(o);
			if (h >= 0) {
				offsets.add(o.clone());
				widths.add(h);
				count += 2 * h + 1;
			}
			if (!next(o)) break;
		}
		this.rowOffsets = offsets.toArray(new int[0][]);
		this.halfWidths = widths.stream().mapToInt(Integer::intValue).toArray();
		this.size = count;
	}

	public static Neighbourhood box(final int... radii) {
		return new Neighbourhood(true, radii);
	}

	/** The ellipsoid with these radii. */
	public static Neighbourhood sphere(final int... radii) {
		return new Neighbourhood(false, radii);
	}

	/** The neighbourhood a call's {@code radius} and {@code shape} parameters name, for an n-D image. */
	public static Neighbourhood of(final Parameters params, final int n) {
		final int[] r = params.integers(NeighbourhoodParameters.RADIUS, n);
		return NeighbourhoodParameters.BOX.equals(params.choice(NeighbourhoodParameters.SHAPE)) ? box(r) : sphere(r);
	}

	public boolean isBox() {
		return box;
	}

	public int numDimensions() {
		return radii.length;
	}

	public int[] radii() {
		return radii.clone();
	}

	/** The number of runs along X. */
	public int rowCount() {
		return rowOffsets.length;
	}

	/** The offset of run {@code k} along axes 1..n−1. */
	public int[] rowOffset(final int k) {
		return rowOffsets[k].clone();
	}

	/** The half-width of run {@code k}: it covers {@code dx ∈ [-h, h]}. */
	public int halfWidth(final int k) {
		return halfWidths[k];
	}

	/** The largest half-width: the padding rows need along X. */
	public int maxHalfWidth() {
		return radii[0];
	}

	/** The number of offsets. */
	public int size() {
		return size;
	}

	/** The largest {@code dx} of the run at these offsets along axes 1..n−1, or −1 if none. */
	private int halfWidth(final int[] o) {
		if (box) return radii[0];
		// NB: Σ d_i²/r_i² ≤ 1 ⇔ Σ d_i²·Π_{j≠i} r_j² ≤ Π r_j², over axes with r > 0 (exact in long for r ≤ 100)
		long product = 1;
		for (final int r : radii)
			if (r > 0) product *= (long) r * r;
		long rest = 0;
		for (int d = 1; d < radii.length; d++)
			if (radii[d] > 0) rest += (long) o[d - 1] * o[d - 1] * (product / ((long) radii[d] * radii[d]));
		if (rest > product) return -1;
		final int rx = radii[0];
		if (rx == 0) return 0;
		final long perX = product / ((long) rx * rx);
		int h = 0;
		while (h < rx && rest + (long) (h + 1) * (h + 1) * perX <= product)
			h++;
		return h;
	}

	private boolean next(final int[] o) {
		for (int d = 0; d < o.length; d++) {
			if (o[d] < radii[d + 1]) {
				o[d]++;
				return true;
			}
			o[d] = -radii[d + 1];
		}
		return false;
	}

	@Override
	public String toString() {
		return (box ? "box" : "sphere") + Arrays.toString(radii);
	}
}
