package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.MaxOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.max} on the device with the backend's neighbourhood kernel:
 * the neighbourhood maximum (grey dilation) of the box or exact ellipsoid, clamp to edge, integer results rounded
 * half up and saturated. See {@link MaxOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Max extends AbstractClij2NeighbourhoodFilter {

	public Clij2Max() {
		super(MaxOp.ID, Clij2Kernels.Reduction.MAX);
	}
}
