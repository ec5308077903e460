package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.transform.FlipOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.flip} on the CPU: a copy along an {@link AxisWalk} that
 * runs backwards on the flipped axes; see {@link FlipOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Flip extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Flip() {
		super(FlipOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		AxisWalk walk = AxisWalk.over(image);
		for (int d = 0; d < image.numDimensions(); d++)
			if (FlipOp.flips(call.params(), d)) walk = walk.flipped(d);
		return Copies.walked(image, walk, call.outputInfo().kind());
	}
}
