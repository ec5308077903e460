package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.transform.Rotate90Op;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.rotate90} with CLIJ2's {@code rotateClockwise} (one turn),
 * {@code rotateCounterClockwise} (three) and a flip of x and y (two); exact.
 * See {@link Rotate90Op}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Rotate90 extends AbstractClij2Implementation {

	public Clij2Rotate90() {
		super(Rotate90Op.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer out = ws.create(call.outputInfo().dimensions(), call.info(0).kind());
		final int turns = call.params().integer("turns");
		if (turns == 1) Clij2Workspace.check(ws.clij2().rotateClockwise(in, out), "rotateClockwise");
		else if (turns == 3) Clij2Workspace.check(ws.clij2().rotateCounterClockwise(in, out), "rotateCounterClockwise");
		else if (in.getDimensions().length == 2) Clij2Workspace.check(ws.clij2().flip2D(in, out, true, true), "flip2D");
		else Clij2Workspace.check(ws.clij2().flip3D(in, out, true, true, false), "flip3D");
		return out;
	}
}
