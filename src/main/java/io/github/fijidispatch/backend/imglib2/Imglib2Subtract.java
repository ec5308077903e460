package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.SubtractOp;

import org.scijava.plugin.Plugin;

/** {@code math.subtract} on the CPU; see {@link SubtractOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Subtract extends Imglib2PairwiseMath {

	public Imglib2Subtract() {
		super(SubtractOp.ID, (x, y, n) -> {
			for (int i = 0; i < n; i++)
				x[i] -= y[i];
		});
	}
}
