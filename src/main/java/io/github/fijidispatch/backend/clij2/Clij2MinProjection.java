package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.MinProjectionOp;

import org.scijava.plugin.Plugin;

/** {@link MinProjectionOp#ID} with the {@code project} kernel (minimum, NaN skipped) on the input arranged along z; see {@link MinProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2MinProjection extends Clij2Projection {

	public Clij2MinProjection() {
		super(MinProjectionOp.ID, Reduction.MIN);
	}
}
