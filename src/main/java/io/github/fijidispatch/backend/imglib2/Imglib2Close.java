package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.CloseOp;

import org.scijava.plugin.Plugin;

/** Binary closing (dilation, then erosion) on the CPU; see {@link CloseOp} and {@link AbstractImglib2BinaryMorphology}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Close extends AbstractImglib2BinaryMorphology {

	public Imglib2Close() {
		super(CloseOp.ID, NeighbourhoodExtremum.MAX, NeighbourhoodExtremum.MIN);
	}
}
