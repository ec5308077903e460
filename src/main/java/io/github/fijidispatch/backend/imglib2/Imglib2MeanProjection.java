package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.MeanProjectionOp;

import org.scijava.plugin.Plugin;

/** {@code project.mean} on the CPU; see {@link MeanProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2MeanProjection extends Imglib2SummingProjection {

	public Imglib2MeanProjection() {
		super(MeanProjectionOp.ID, (acc, n) -> acc / n);
	}
}
