package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.MinProjectionOp;

import org.scijava.plugin.Plugin;

/** {@code project.min} on the CPU; see {@link MinProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2MinProjection extends Imglib2SelectingProjection {

	public Imglib2MinProjection() {
		super(MinProjectionOp.ID, false);
	}
}
