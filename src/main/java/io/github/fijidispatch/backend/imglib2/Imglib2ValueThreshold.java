package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.threshold.ValueThresholdOp;

import org.scijava.plugin.Plugin;

/** {@code threshold.value} on the CPU; see {@link ValueThresholdOp} for the contract. */
@Plugin(type = OpImplementation.class)
public class Imglib2ValueThreshold extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2ValueThreshold() {
		super(ValueThresholdOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final double t = call.params().real("value");
		return Masks.where(call.hostImage(0), v -> v >= t);
	}
}
