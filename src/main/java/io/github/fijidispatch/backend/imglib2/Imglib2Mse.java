package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.metrics.MseOp;

import org.scijava.plugin.Plugin;

/** {@code metrics.mse} on the CPU; see {@link MseOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Mse extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Mse() {
		super(MseOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		return new ResultTable("mse").addRow(SquaredError.mean(call.hostImage(0), call.hostImage(1)));
	}
}
