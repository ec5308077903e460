package io.github.fijidispatch.backend.clij2;

import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.DivideOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code math.divide} with the backend's {@code divide} kernel: the IEEE 754
 * quotient in float, so a zero divisor gives ±∞ (NaN for 0/0), an infinite
 * dividend or divisor what IEEE says, and NaN propagates. NB: CLIJ2's
 * {@code divideImages} gives 0 for a zero divisor, and patching those pixels
 * with masks multiplies by 0 where infinities are, which turns them into NaN.
 * See {@link DivideOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Divide extends AbstractClij2Implementation {

	public Clij2Divide() {
		super(DivideOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer a = input(call, 0);
		final ClearCLBuffer out = ws.floats(a.getDimensions());
		final Map<String, Object> p = Clij2Kernels.sizeParameters(a);
		p.put("dst", out);
		p.put("a", a);
		p.put("b", input(call, 1));
		Clij2Kernels.run(ws.clij2(), "divide", a, p);
		return out;
	}
}
