package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.ErodeOp;

import org.scijava.plugin.Plugin;

/** Binary erosion on the CPU; see {@link ErodeOp} and {@link AbstractImglib2BinaryMorphology}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Erode extends AbstractImglib2BinaryMorphology {

	public Imglib2Erode() {
		super(ErodeOp.ID, NeighbourhoodExtremum.MIN);
	}
}
