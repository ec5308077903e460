package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

/**
 * A grey-value neighbourhood filter in one kernel pass: the output has the
 * input's kind; the kernel computes in float and rounds integer results half
 * up with saturation, as the contracts say.
 */
abstract class AbstractClij2NeighbourhoodFilter extends AbstractClij2Neighbourhood {

	private final Clij2Kernels.Reduction reduction;

	protected AbstractClij2NeighbourhoodFilter(final String opId, final Clij2Kernels.Reduction reduction) {
		super(opId);
		this.reduction = reduction;
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer out = ws.create(in.getDimensions(), call.info(0).kind());
		pass(call, ws, in, out, reduction);
		return out;
	}
}
