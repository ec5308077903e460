package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.transform.Rotate90Op;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.rotate90} on the CPU: a copy along an {@link AxisWalk}
 * turned clockwise once per turn; see {@link Rotate90Op}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Rotate90 extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Rotate90() {
		super(Rotate90Op.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		AxisWalk walk = AxisWalk.over(image);
		for (int t = call.params().integer("turns"); t > 0; t--)
			walk = walk.turnedClockwise();
		return Copies.walked(image, walk, call.outputInfo().kind());
	}
}
