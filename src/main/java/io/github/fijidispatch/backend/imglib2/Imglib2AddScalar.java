package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.AddScalarOp;

import org.scijava.plugin.Plugin;

/** {@code math.add_scalar} on the CPU; see {@link AddScalarOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2AddScalar extends Imglib2PixelMath {

	public Imglib2AddScalar() {
		super(AddScalarOp.ID, params -> Linear.plus(params.real("value")));
	}
}
