package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.MeanProjectionOp;

import org.scijava.plugin.Plugin;

/** {@link MeanProjectionOp#ID} with the {@code project} kernel (mean, NaN skipped) on the input arranged along z; see {@link MeanProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2MeanProjection extends Clij2Projection {

	public Clij2MeanProjection() {
		super(MeanProjectionOp.ID, Reduction.MEAN);
	}
}
