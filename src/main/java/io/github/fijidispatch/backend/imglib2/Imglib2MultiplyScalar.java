package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.MultiplyScalarOp;

import org.scijava.plugin.Plugin;

/** {@code math.multiply_scalar} on the CPU; see {@link MultiplyScalarOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2MultiplyScalar extends Imglib2PixelMath {

	public Imglib2MultiplyScalar() {
		super(MultiplyScalarOp.ID, params -> Linear.times(params.real("value")));
	}
}
