package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.MaxOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.max} on the CPU: {@link NeighbourhoodExtremum#MAX} on a float copy (box:
 * separable van Herk passes in place; sphere: row sweep). See {@link MaxOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Max extends AbstractImglib2Implementation {

	public Imglib2Max() {
		super(MaxOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		return NeighbourhoodExtremum.MAX.consume(FloatVolume.copyOf(call.hostImage(0)), nb).toImage(call.info(0).kind());
	}
}
