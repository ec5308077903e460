package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

/**
 * Base of {@code a ∘ b} ops on two images: both read as float, combined in
 * float, then stored in the op's output kind (rounded half up and saturated
 * for integer kinds; CLIJ2 alone would truncate).
 */
abstract class Clij2PairwiseMath extends AbstractClij2Implementation {

	/** One CLIJ2 image-and-image kernel. */
	@FunctionalInterface
	interface PairKernel {

		boolean apply(CLIJ2 clij2, ClearCLBuffer a, ClearCLBuffer b, ClearCLBuffer out);
	}

	private final String kernelName;
	private final PairKernel kernel;

	protected Clij2PairwiseMath(final String opId, final String kernelName, final PairKernel kernel) {
		super(opId);
		this.kernelName = kernelName;
		this.kernel = kernel;
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 4;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer a = ws.asFloats(input(call, 0), true);
		final ClearCLBuffer b = ws.asFloats(input(call, 1), true);
		final ClearCLBuffer result = ws.floats(a.getDimensions());
		Clij2Workspace.check(kernel.apply(ws.clij2(), a, b, result), kernelName);
		return ws.toKind(result, call.outputInfo().kind());
	}
}
