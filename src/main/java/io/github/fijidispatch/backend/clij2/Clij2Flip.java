package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.transform.FlipOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/** {@code transform.flip} with CLIJ2's {@code flip2D/3D}; exact. See {@link FlipOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2Flip extends AbstractClij2Implementation {

	public Clij2Flip() {
		super(FlipOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer out = ws.create(in.getDimensions(), call.info(0).kind());
		final boolean x = FlipOp.flips(call.params(), 0);
		final boolean y = FlipOp.flips(call.params(), 1);
		if (in.getDimensions().length == 2) Clij2Workspace.check(ws.clij2().flip2D(in, out, x, y), "flip2D");
		else Clij2Workspace.check(ws.clij2().flip3D(in, out, x, y, FlipOp.flips(call.params(), 2)), "flip3D");
		return out;
	}
}
