package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.SumProjectionOp;

import org.scijava.plugin.Plugin;

/** {@code project.sum} on the CPU; see {@link SumProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2SumProjection extends Imglib2SummingProjection {

	public Imglib2SumProjection() {
		super(SumProjectionOp.ID, (acc, n) -> acc);
	}
}
