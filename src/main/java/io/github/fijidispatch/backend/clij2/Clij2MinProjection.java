package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.MinProjectionOp;

import org.scijava.plugin.Plugin;

/** {@link MinProjectionOp#ID} with CLIJ2's {@code minimumZProjection} on the input arranged along z; see {@link MinProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2MinProjection extends Clij2Projection {

	public Clij2MinProjection() {
		super(MinProjectionOp.ID, "minimumZProjection", (c, stack, out) -> c.minimumZProjection(stack, out));
	}
}
