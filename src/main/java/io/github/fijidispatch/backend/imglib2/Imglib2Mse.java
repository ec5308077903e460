package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.metrics.MseOp;

import org.scijava.plugin.Plugin;

/** {@code metrics.mse} on the CPU; see {@link MseOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Mse extends AbstractImglib2Implementation {

	public Imglib2Mse() {
		super(MseOp.ID);
	}

	/** Any size: it walks the inputs with cursors and keeps only a sum, no image-sized array. */
	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Support.yes();
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		return new ResultTable("mse").addRow(SquaredError.mean(call.hostImage(0), call.hostImage(1)));
	}
}
