package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.DilateOp;

import org.scijava.plugin.Plugin;

/** Binary dilation on the CPU; see {@link DilateOp} and {@link AbstractImglib2BinaryMorphology}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Dilate extends AbstractImglib2BinaryMorphology {

	public Imglib2Dilate() {
		super(DilateOp.ID, NeighbourhoodExtremum.MAX);
	}
}
