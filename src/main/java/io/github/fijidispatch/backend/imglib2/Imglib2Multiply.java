package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.MultiplyOp;

import org.scijava.plugin.Plugin;

/** {@code math.multiply} on the CPU; see {@link MultiplyOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Multiply extends Imglib2PairwiseMath {

	public Imglib2Multiply() {
		super(MultiplyOp.ID, (x, y, n) -> {
			for (int i = 0; i < n; i++)
				x[i] *= y[i];
		});
	}
}
