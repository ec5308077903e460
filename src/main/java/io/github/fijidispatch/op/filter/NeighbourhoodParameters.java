package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;

/**
 * The declarations shared by the neighbourhood ops (filters and binary
 * morphology): an integer {@code radius} per axis and a {@code shape}.
 * <ul>
 * <li>{@code box}: every offset with {@code |dx| ≤ rx, |dy| ≤ ry (, |dz| ≤ rz)},
 * i.e. {@code (2r+1)} pixels per axis.</li>
 * <li>{@code sphere}: the ellipsoid {@code dx²/rx² + dy²/ry² (+ dz²/rz²) ≤ 1};
 * an axis with radius 0 admits only offset 0 along it.</li>
 * </ul>
 */
public final class NeighbourhoodParameters {

	public static final String RADIUS = "radius";
	public static final String SHAPE = "shape";
	public static final String BOX = "box";
	public static final String SPHERE = "sphere";
	/** The largest radius accepted on any axis. */
	public static final int MAX_RADIUS = 100;

	private NeighbourhoodParameters() {
		// NB: static holder
	}

	/** {@code radius}: per-axis integer in [0, {@value #MAX_RADIUS}] px. */
	public static ParameterSpec radius(final int defaultRadius) {
		return ParameterSpec.integer(RADIUS).defaultValue(defaultRadius).range(0, MAX_RADIUS).unit("px").perAxis()
			.description("neighbourhood radius per axis (x,y[,z]); a scalar applies to every axis; 0 keeps an axis out")
			.build();
	}

	/** {@code shape}: box or sphere (ellipsoid), default box. */
	public static ParameterSpec shape() {
		return ParameterSpec.choice(SHAPE, BOX, SPHERE).defaultValue(BOX)
			.description("box: (2r+1) pixels per axis; sphere: the ellipsoid x²/rx² + y²/ry² (+ z²/rz²) ≤ 1").build();
	}

	/** The pixels of the box of these radii, ∏(2r+1): the window a brute-force kernel visits for either shape. */
	public static long boxVolume(final int[] radii) {
		long n = 1;
		for (final int r : radii)
			n *= 2L * r + 1;
		return n;
	}

	/**
	 * The blockwise plan of a neighbourhood op that applies its neighbourhood
	 * {@code passes} times (1 for a filter, erosion or dilation; 2 for an
	 * opening, closing or top-hat): local, with a halo of {@code passes × radius}
	 * per axis.
	 */
	public static BlockPlan halo(final Parameters params, final ImageInfo image, final int passes) {
		final int[] radius = params.integers(RADIUS, image.numDimensions());
		final long[] halo = new long[radius.length];
		for (int d = 0; d < halo.length; d++)
			halo[d] = (long) passes * radius[d];
		return BlockPlan.local(halo);
	}
}
