package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.MaxProjectionOp;

import org.scijava.plugin.Plugin;

/** {@link MaxProjectionOp#ID} with the {@code project} kernel (maximum, NaN skipped) on the input arranged along z; see {@link MaxProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2MaxProjection extends Clij2Projection {

	public Clij2MaxProjection() {
		super(MaxProjectionOp.ID, Reduction.MAX);
	}
}
