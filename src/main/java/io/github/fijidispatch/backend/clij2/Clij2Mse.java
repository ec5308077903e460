package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.metrics.MseOp;

import org.scijava.plugin.Plugin;

/** {@code metrics.mse} with CLIJ2's {@code meanSquaredError}; see {@link MseOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2Mse extends AbstractClij2Implementation {

	public Clij2Mse() {
		super(MseOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 1;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		return new ResultTable("mse").addRow(ws.clij2().meanSquaredError(input(call, 0), input(call, 1)));
	}
}
