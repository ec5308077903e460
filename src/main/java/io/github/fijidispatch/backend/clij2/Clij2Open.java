package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.OpenOp;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.open} on the device: erosion then dilation of the neighbourhood kernel
 * (box or exact ellipsoid, clamp to edge), uint8 0/255 out. See {@link OpenOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Open extends AbstractClij2BinaryMorphology {

	public Clij2Open() {
		super(OpenOp.ID, Clij2Kernels.Reduction.ERODE, Clij2Kernels.Reduction.DILATE);
	}
}
