package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.VarianceOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.variance} on the device with the backend's neighbourhood kernel:
 * the population variance, in two passes around the neighbourhood mean (float; no cancellation of large offsets) of the box or exact ellipsoid, clamp to edge, integer results rounded
 * half up and saturated. See {@link VarianceOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Variance extends AbstractClij2NeighbourhoodFilter {

	public Clij2Variance() {
		super(VarianceOp.ID, Clij2Kernels.Reduction.VARIANCE);
	}
}
