package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.TopHatOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.tophat} on the device, composed as the contract defines it:
 * {@code input − max(min(input))} with the neighbourhood kernel for both
 * passes (CLIJ2's own {@code topHatBox} mixes up radiusX and radiusY), in
 * float, then converted to the input's kind (exact: the opening of integer
 * values is integer). See {@link TopHatOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2TopHat extends AbstractClij2Neighbourhood {

	public Clij2TopHat() {
		super(TopHatOp.ID);
	}

	/** A minimum then a maximum pass. */
	@Override
	protected int passes() {
		return 2;
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 3 + (integerInput(call) ? 1 : 0);
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer eroded = ws.floats(in.getDimensions());
		pass(call, ws, in, eroded, Clij2Kernels.Reduction.MIN);
		final ClearCLBuffer opened = ws.floats(in.getDimensions());
		pass(call, ws, eroded, opened, Clij2Kernels.Reduction.MAX);
		final ClearCLBuffer difference = ws.floats(in.getDimensions());
		Clij2Workspace.check(ws.clij2().subtractImages(in, opened, difference), "subtractImages");
		return ws.toKind(difference, call.info(0).kind());
	}
}
