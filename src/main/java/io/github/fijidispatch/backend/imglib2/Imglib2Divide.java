package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.DivideOp;

import org.scijava.plugin.Plugin;

/** {@code math.divide} on the CPU; see {@link DivideOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Divide extends Imglib2PairwiseMath {

	public Imglib2Divide() {
		super(DivideOp.ID, (x, y, n) -> {
			for (int i = 0; i < n; i++)
				x[i] /= y[i];
		});
	}
}
