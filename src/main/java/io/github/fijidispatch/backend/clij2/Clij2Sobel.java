package io.github.fijidispatch.backend.clij2;

import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.SobelOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.sobel} with the backend's {@code sobel} kernel: the
 * contract's 3×3 (3×3×3) kernels, clamp to edge, magnitude in float (CLIJ2's
 * own {@code sobel} is not documented to use these weights in 3D). See
 * {@link SobelOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Sobel extends AbstractClij2Implementation {

	public Clij2Sobel() {
		super(SobelOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer out = ws.floats(in.getDimensions());
		final Map<String, Object> p = Clij2Kernels.sizeParameters(in);
		p.put("src", in);
		p.put("dst", out);
		Clij2Kernels.run(ws.clij2(), "sobel", in, p);
		return out;
	}
}
