package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.SumProjectionOp;

import org.scijava.plugin.Plugin;

/** {@link SumProjectionOp#ID} with the {@code project} kernel (sum, NaN skipped) on the input arranged along z; see {@link SumProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2SumProjection extends Clij2Projection {

	public Clij2SumProjection() {
		super(SumProjectionOp.ID, Reduction.SUM);
	}
}
