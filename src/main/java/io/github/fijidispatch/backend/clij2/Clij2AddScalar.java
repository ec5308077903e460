package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.AddScalarOp;

import org.scijava.plugin.Plugin;

/** {@code math.add_scalar} with CLIJ2's {@code addImageAndScalar}, in float; see {@link AddScalarOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2AddScalar extends Clij2ScalarMath {

	public Clij2AddScalar() {
		super(AddScalarOp.ID, "addImageAndScalar", (c, in, out, v) -> c.addImageAndScalar(in, out, v));
	}
}
