package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

/**
 * Base of {@code pixel ∘ value} ops: computed in float on the device, then
 * rounded half up and saturated into the input's kind (CLIJ2 alone would
 * truncate and wrap).
 */
abstract class Clij2ScalarMath extends AbstractClij2Implementation {

	/** One CLIJ2 image-and-scalar kernel. */
	@FunctionalInterface
	interface ScalarKernel {

		boolean apply(CLIJ2 clij2, ClearCLBuffer in, ClearCLBuffer out, double value);
	}

	private final String kernelName;
	private final ScalarKernel kernel;

	protected Clij2ScalarMath(final String opId, final String kernelName, final ScalarKernel kernel) {
		super(opId);
		this.kernelName = kernelName;
		this.kernel = kernel;
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 3;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = ws.asFloats(input(call, 0), true);
		final ClearCLBuffer result = ws.floats(in.getDimensions());
		Clij2Workspace.check(kernel.apply(ws.clij2(), in, result, call.params().real("value")), kernelName);
		return ws.toKind(result, call.info(0).kind());
	}
}
