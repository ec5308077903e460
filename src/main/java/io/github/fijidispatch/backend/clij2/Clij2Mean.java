package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.MeanOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.mean} on the device with the backend's neighbourhood kernel:
 * the neighbourhood mean of the box or exact ellipsoid, clamp to edge, integer results rounded
 * half up and saturated. See {@link MeanOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Mean extends AbstractClij2NeighbourhoodFilter {

	public Clij2Mean() {
		super(MeanOp.ID, Clij2Kernels.Reduction.MEAN);
	}
}
