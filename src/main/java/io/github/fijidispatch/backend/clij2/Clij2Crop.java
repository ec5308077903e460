package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.transform.CropOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/** {@code transform.crop} with CLIJ2's {@code crop2D/3D}; exact. See {@link CropOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2Crop extends AbstractClij2Implementation {

	public Clij2Crop() {
		super(CropOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final int n = in.getDimensions().length;
		final int[] origin = call.params().integers("origin", n);
		final ClearCLBuffer out = ws.create(call.outputInfo().dimensions(), call.info(0).kind());
		if (n == 2) Clij2Workspace.check(ws.clij2().crop2D(in, out, origin[0], origin[1]), "crop2D");
		else Clij2Workspace.check(ws.clij2().crop3D(in, out, origin[0], origin[1], origin[2]), "crop3D");
		return out;
	}
}
