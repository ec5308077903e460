package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.filter.GaussOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.gauss} with CLIJ2's {@code gaussianBlur2D/3D} (same kernel
 * radius rule as the contract). CLIJ2 would truncate integer outputs: the
 * blur is computed into a float buffer, then rounded half up and saturated
 * into the input's kind. A call with the internal interior window blurs the
 * whole input, then crops the window on the device and frees the whole blur
 * before rounding. See {@link GaussOp} for the contract.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Gauss extends AbstractClij2Implementation {

	public Clij2Gauss() {
		super(GaussOp.ID);
	}

	/** Separable: pixels × the summed lengths of the 1D kernels ({@link GaussOp#windowLengths}). */
	@Override
	public long work(final OpCall call) {
		return Math.max(1, call.info(0).pixelCount()) *
			GaussOp.windowLengths(call.params().reals("sigma", call.info(0).numDimensions()));
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: CLIJ2's separable blur holds up to two float temporaries besides our float result; rounding adds one.
		return 3 + (integerInput(call) ? 1 : 0);
	}

	/**
	 * The call's interior window of {@code whole} (a float buffer of the workspace, freed), or {@code whole} itself
	 * when the call gives none.
	 */
	static ClearCLBuffer window(final OpCall call, final Clij2Workspace ws, final ClearCLBuffer whole) {
		if (!InteriorWindow.isGiven(call.params())) return whole;
		final int n = call.info(0).numDimensions();
		return ws.cropReplacing(whole, InteriorWindow.origin(call.params(), n), InteriorWindow.size(call.params(), n));
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final int n = call.info(0).numDimensions();
		final double[] s = call.params().reals("sigma", n);
		final ClearCLBuffer blurred = ws.floats(in.getDimensions());
		final CLIJ2 clij2 = ws.clij2();
		if (n == 2) Clij2Workspace.check(clij2.gaussianBlur2D(in, blurred, s[0], s[1]), "gaussianBlur2D");
		else Clij2Workspace.check(clij2.gaussianBlur3D(in, blurred, s[0], s[1], s[2]), "gaussianBlur3D");
		return ws.toKind(window(call, ws, blurred), call.info(0).kind());
	}
}
