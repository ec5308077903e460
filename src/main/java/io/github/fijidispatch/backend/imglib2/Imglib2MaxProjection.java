package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.project.MaxProjectionOp;

import org.scijava.plugin.Plugin;

/** {@code project.max} on the CPU; see {@link MaxProjectionOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2MaxProjection extends Imglib2SelectingProjection {

	public Imglib2MaxProjection() {
		super(MaxProjectionOp.ID, true);
	}
}
