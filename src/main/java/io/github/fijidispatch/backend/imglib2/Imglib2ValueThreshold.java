package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.threshold.ValueThresholdOp;

import org.scijava.plugin.Plugin;

/** {@code threshold.value} on the CPU; see {@link ValueThresholdOp} for the contract. */
@Plugin(type = OpImplementation.class)
public class Imglib2ValueThreshold extends AbstractImglib2Implementation {

	public Imglib2ValueThreshold() {
		super(ValueThresholdOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final double t = call.params().real("value");
		return Masks.where(call.hostImage(0), v -> v >= t);
	}
}
