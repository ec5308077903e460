package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.MinOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.min} on the device with the backend's neighbourhood kernel:
 * the neighbourhood minimum (grey erosion) of the box or exact ellipsoid, clamp to edge, integer results rounded
 * half up and saturated. See {@link MinOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Min extends AbstractClij2NeighbourhoodFilter {

	public Clij2Min() {
		super(MinOp.ID, Clij2Kernels.Reduction.MIN);
	}
}
