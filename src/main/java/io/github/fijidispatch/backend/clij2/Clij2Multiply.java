package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.MultiplyOp;

import org.scijava.plugin.Plugin;

/** {@code math.multiply} with CLIJ2's {@code multiplyImages}, in float; see {@link MultiplyOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2Multiply extends Clij2PairwiseMath {

	public Clij2Multiply() {
		super(MultiplyOp.ID, "multiplyImages", (c, a, b, out) -> c.multiplyImages(a, b, out));
	}
}
