package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.AbsOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/** {@code math.abs} with CLIJ2's {@code absolute}; unsigned kinds are copied unchanged. See {@link AbsOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2Abs extends AbstractClij2Implementation {

	public Clij2Abs() {
		super(AbsOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer out = ws.create(in.getDimensions(), call.info(0).kind());
		if (integerInput(call)) Clij2Workspace.check(ws.clij2().copy(in, out), "copy");
		else Clij2Workspace.check(ws.clij2().absolute(in, out), "absolute");
		return out;
	}
}
