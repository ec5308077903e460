package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.ErodeOp;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.erode} on the device: one erosion pass of the neighbourhood kernel
 * (box or exact ellipsoid, clamp to edge), uint8 0/255 out. See {@link ErodeOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Erode extends AbstractClij2BinaryMorphology {

	public Clij2Erode() {
		super(ErodeOp.ID, Clij2Kernels.Reduction.ERODE);
	}
}
