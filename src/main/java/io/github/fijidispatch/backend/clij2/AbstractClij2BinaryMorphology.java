package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.PixelKind;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

/**
 * Binary morphology as a sequence of erosion/dilation passes of the
 * neighbourhood kernel with the call's neighbourhood (box or exact
 * ellipsoid, clamp to edge). The first pass reads any non-zero input pixel as
 * foreground; every pass writes a uint8 0/255 mask, so the result needs no
 * conversion (CLIJ2's own binary ops write 0/1).
 */
abstract class AbstractClij2BinaryMorphology extends AbstractClij2Neighbourhood {

	private final Clij2Kernels.Reduction[] passes;

	protected AbstractClij2BinaryMorphology(final String opId, final Clij2Kernels.Reduction... passes) {
		super(opId);
		this.passes = passes.clone();
	}

	@Override
	protected int passes() {
		return passes.length;
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: one uint8 mask between passes, at most a quarter of a float image.
		return passes.length > 1 ? 1 : 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		ClearCLBuffer current = input(call, 0);
		for (final Clij2Kernels.Reduction r : passes) {
			final ClearCLBuffer next = ws.create(current.getDimensions(), PixelKind.UINT8);
			pass(call, ws, current, next, r);
			current = next;
		}
		return current;
	}
}
