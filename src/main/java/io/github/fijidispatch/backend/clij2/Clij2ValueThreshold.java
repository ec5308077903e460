package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.threshold.ValueThresholdOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code threshold.value} with CLIJ2's {@code greaterOrEqualConstant}, whose
 * 0/1 mask is scaled to 0/255. The kernel compares in float: the value is
 * replaced by the smallest float at or above it, which selects exactly the
 * pixels the double comparison of the contract selects. See
 * {@link ValueThresholdOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2ValueThreshold extends AbstractClij2Implementation {

	public Clij2ValueThreshold() {
		super(ValueThresholdOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 1;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer ones = ws.create(in.getDimensions(), PixelKind.UINT8);
		Clij2Workspace.check(ws.clij2().greaterOrEqualConstant(in, ones, floatAtOrAbove(call.params().real("value"))),
			"greaterOrEqualConstant");
		return ws.mask255(ones);
	}

	/** The smallest float ≥ {@code v}: for a float pixel p, p ≥ it exactly when p ≥ v. */
	static double floatAtOrAbove(final double v) {
		if (Double.isNaN(v) || Double.isInfinite(v)) return v;
		if (v > Float.MAX_VALUE) return Double.POSITIVE_INFINITY;
		final float f = (float) v;
		return f < v ? Math.nextUp(f) : f;
	}
}
