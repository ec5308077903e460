package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.MultiplyScalarOp;

import org.scijava.plugin.Plugin;

/** {@code math.multiply_scalar} with CLIJ2's {@code multiplyImageAndScalar}, in float; see {@link MultiplyScalarOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2MultiplyScalar extends Clij2ScalarMath {

	public Clij2MultiplyScalar() {
		super(MultiplyScalarOp.ID, "multiplyImageAndScalar", (c, in, out, v) -> c.multiplyImageAndScalar(in, out, v));
	}
}
