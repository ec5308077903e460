package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.AbsOp;

import org.scijava.plugin.Plugin;

/** {@code math.abs} on the CPU; see {@link AbsOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Abs extends Imglib2PixelMath {

	public Imglib2Abs() {
		super(AbsOp.ID, params -> Math::abs);
	}
}
