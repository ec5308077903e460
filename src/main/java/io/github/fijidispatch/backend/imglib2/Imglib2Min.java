package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.MinOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.min} on the CPU: {@link NeighbourhoodExtremum#MIN} on a float copy (box:
 * separable van Herk passes in place; sphere: row sweep). See {@link MinOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Min extends AbstractImglib2Implementation {

	public Imglib2Min() {
		super(MinOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		return NeighbourhoodExtremum.MIN.consume(FloatVolume.copyOf(call.hostImage(0)), nb).toImage(call.info(0).kind());
	}
}
