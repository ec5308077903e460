package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.CloseOp;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.close} on the device: dilation then erosion of the neighbourhood kernel
 * (box or exact ellipsoid, clamp to edge), uint8 0/255 out. See {@link CloseOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Close extends AbstractClij2BinaryMorphology {

	public Clij2Close() {
		super(CloseOp.ID, Clij2Kernels.Reduction.DILATE, Clij2Kernels.Reduction.ERODE);
	}
}
