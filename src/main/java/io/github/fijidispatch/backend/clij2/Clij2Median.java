package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.MedianOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.median} with the backend's own {@code median} kernel
 * ({@link Clij2Kernels#median}): a bisection over the values' order that
 * counts neighbours instead of sorting a copy of them, so box and sphere
 * neighbourhoods of every radius the contract allows run, with private
 * memory independent of the window. See {@link MedianOp}.
 * <p>
 * NB: CLIJ2's {@code median2DBox/3DBox} are not used. They copy the window
 * into a private {@code float[1000]} per work-item; PoCL (3.1, Debian 12)
 * places the private arrays of a whole work-group on one worker thread's
 * stack and picks work-groups of up to 4096 items, so a float32 8×64×64
 * stack needed 16 MB of an 8 MB stack and the JVM died of SIGSEGV.
 * </p>
 */
@Plugin(type = OpImplementation.class)
public class Clij2Median extends AbstractClij2Neighbourhood {

	public Clij2Median() {
		super(MedianOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer out = ws.create(in.getDimensions(), call.info(0).kind());
		Clij2Kernels.median(ws.clij2(), in, out, radii(call), sphere(call));
		return out;
	}
}
