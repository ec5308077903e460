package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.DilateOp;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.dilate} on the device: one dilation pass of the neighbourhood kernel
 * (box or exact ellipsoid, clamp to edge), uint8 0/255 out. See {@link DilateOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Dilate extends AbstractClij2BinaryMorphology {

	public Clij2Dilate() {
		super(DilateOp.ID, Clij2Kernels.Reduction.DILATE);
	}
}
