package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.AddOp;

import org.scijava.plugin.Plugin;

/** {@code math.add} on the CPU; see {@link AddOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Add extends Imglib2PairwiseMath {

	public Imglib2Add() {
		super(AddOp.ID, (x, y, n) -> {
			for (int i = 0; i < n; i++)
				x[i] += y[i];
		});
	}
}
