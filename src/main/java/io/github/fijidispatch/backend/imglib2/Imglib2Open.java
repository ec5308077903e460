package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.OpenOp;

import org.scijava.plugin.Plugin;

/** Binary opening (erosion, then dilation) on the CPU; see {@link OpenOp} and {@link AbstractImglib2BinaryMorphology}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Open extends AbstractImglib2BinaryMorphology {

	public Imglib2Open() {
		super(OpenOp.ID, NeighbourhoodExtremum.MIN, NeighbourhoodExtremum.MAX);
	}
}
