package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.SubtractOp;

import org.scijava.plugin.Plugin;

/** {@code math.subtract} with CLIJ2's {@code subtractImages}, in float; see {@link SubtractOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2Subtract extends Clij2PairwiseMath {

	public Clij2Subtract() {
		super(SubtractOp.ID, "subtractImages", (c, a, b, out) -> c.subtractImages(a, b, out));
	}
}
