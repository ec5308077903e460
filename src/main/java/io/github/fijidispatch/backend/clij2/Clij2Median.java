package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.filter.MedianOp;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.median} with CLIJ2's {@code median2D/3DBox}. CLIJ2 sorts the
 * neighbourhood in a fixed private array: neighbourhoods over
 * {@value #MAX_NEIGHBOURHOOD} pixels are declined. Sphere neighbourhoods are
 * declined too: CLIJ2's ellipse rasterisation is not the contract's
 * {@code dx²/rx² + dy²/ry² ≤ 1}. See {@link MedianOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Median extends AbstractClij2Implementation {

	/** The largest neighbourhood CLIJ2's median kernels hold. */
	public static final long MAX_NEIGHBOURHOOD = 1000;

	public Clij2Median() {
		super(MedianOp.ID);
	}

	@Override
	protected Support accepts(final OpCall call) {
		final int[] r = call.params().integers(NeighbourhoodParameters.RADIUS, call.info(0).numDimensions());
		long count = 1;
		for (final int ri : r)
			count *= 2L * ri + 1;
		if (count > MAX_NEIGHBOURHOOD) return Support.no("clij2's median holds at most " + MAX_NEIGHBOURHOOD +
			" pixels per neighbourhood; radius " + java.util.Arrays.toString(r) + " gives " + count +
			": use a smaller radius or run on imglib2");
		if (!NeighbourhoodParameters.BOX.equals(call.params().choice(NeighbourhoodParameters.SHAPE)))
			return Support.no("clij2's sphere median rasterises the ellipse differently from the contract; use shape=box or run on imglib2");
		return Support.yes();
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final int n = call.info(0).numDimensions();
		final int[] r = call.params().integers(NeighbourhoodParameters.RADIUS, n);
		final ClearCLBuffer out = ws.create(in.getDimensions(), call.info(0).kind());
		final CLIJ2 clij2 = ws.clij2();
		if (n == 2) Clij2Workspace.check(clij2.median2DBox(in, out, r[0], r[1]), "median2DBox");
		else Clij2Workspace.check(clij2.median3DBox(in, out, r[0], r[1], r[2]), "median3DBox");
		return out;
	}
}
