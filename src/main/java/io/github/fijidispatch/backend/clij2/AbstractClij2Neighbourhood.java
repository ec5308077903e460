package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

/**
 * Base of the neighbourhood ops on the device: reads {@code radius} (per
 * axis) and {@code shape} of a call. The neighbourhood kernel
 * ({@link Clij2Kernels#neighbourhood}) evaluates the contract's box and
 * ellipsoid exactly (CLIJ2's own sphere kernels rasterise the ellipse in
 * float with other radii), so both shapes run.
 */
abstract class AbstractClij2Neighbourhood extends AbstractClij2Implementation {

	protected AbstractClij2Neighbourhood(final String opId) {
		super(opId);
	}

	/**
	 * Brute force: each pass visits the whole box of the call's radii for
	 * every pixel (the ellipsoid is tested inside the box), so the work is
	 * pixels × box volume × {@link #passes}.
	 */
	@Override
	public long work(final OpCall call) {
		return Math.max(1, call.info(0).pixelCount()) * NeighbourhoodParameters.boxVolume(radii(call)) * passes();
	}

	/** How many neighbourhood passes over the image the op makes; default one. */
	protected int passes() {
		return 1;
	}

	/** The radii of the call, one per axis of the first input. */
	protected static int[] radii(final OpCall call) {
		return call.params().integers(NeighbourhoodParameters.RADIUS, call.info(0).numDimensions());
	}

	/** Whether the call asks for the ellipsoid. */
	protected static boolean sphere(final OpCall call) {
		return NeighbourhoodParameters.SPHERE.equals(call.params().choice(NeighbourhoodParameters.SHAPE));
	}

	/** One kernel pass of {@code reduction} from {@code src} into {@code dst} with the call's neighbourhood. */
	protected static void pass(final OpCall call, final Clij2Workspace ws, final ClearCLBuffer src,
		final ClearCLBuffer dst, final Clij2Kernels.Reduction reduction)
	{
		Clij2Kernels.neighbourhood(ws.clij2(), src, dst, radii(call), sphere(call), reduction);
	}
}
