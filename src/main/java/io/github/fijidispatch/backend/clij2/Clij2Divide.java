package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.DivideOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code math.divide} with CLIJ2's {@code divideImages} in float. Where the
 * divisor is 0 the contract wants IEEE 754 (±∞, NaN for 0/0), which CLIJ2
 * does not give: those pixels are replaced by {@code a · ∞} (±∞, and NaN for
 * a = 0), selected by masks of the zero and non-zero divisors. See {@link DivideOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Divide extends AbstractClij2Implementation {

	public Clij2Divide() {
		super(DivideOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 8;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final CLIJ2 clij2 = ws.clij2();
		final ClearCLBuffer a = ws.asFloats(input(call, 0), true);
		final ClearCLBuffer b = ws.asFloats(input(call, 1), true);
		final long[] dims = a.getDimensions();
		final ClearCLBuffer quotient = ws.floats(dims);
		Clij2Workspace.check(clij2.divideImages(a, b, quotient), "divideImages");
		final ClearCLBuffer zeroDivisor = ws.floats(dims);
		Clij2Workspace.check(clij2.equalConstant(b, zeroDivisor, 0), "equalConstant");
		final ClearCLBuffer infinite = ws.floats(dims);
		Clij2Workspace.check(clij2.multiplyImageAndScalar(a, infinite, Double.POSITIVE_INFINITY), "a · ∞");
		final ClearCLBuffer patch = ws.floats(dims);
		Clij2Workspace.check(clij2.mask(infinite, zeroDivisor, patch), "mask");
		final ClearCLBuffer nonZeroDivisor = ws.floats(dims);
		Clij2Workspace.check(clij2.notEqualConstant(b, nonZeroDivisor, 0), "notEqualConstant");
		final ClearCLBuffer regular = ws.floats(dims);
		Clij2Workspace.check(clij2.mask(quotient, nonZeroDivisor, regular), "mask");
		// NB: each pixel is 0 in one of the two masked images, so their sum selects the other.
		final ClearCLBuffer out = ws.floats(dims);
		Clij2Workspace.check(clij2.addImages(regular, patch, out), "addImages");
		return out;
	}
}
