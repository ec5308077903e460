package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.SumProjectionOp;

import org.scijava.plugin.Plugin;

/** {@code project.sum} on the CPU; see {@link SumProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2SumProjection extends Imglib2Projection {

	public Imglib2SumProjection() {
		super(SumProjectionOp.ID, Fold.SUM, (acc, n) -> acc);
	}
}
