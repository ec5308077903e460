package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.transform.FlipOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/** {@code transform.flip} on the CPU: a copy of the axis-inverted view; see {@link FlipOp}. */
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
		return Copies.of(flipped(image, call), call.outputInfo().kind());
	}

	private static <T> RandomAccessibleInterval<T> flipped(final RandomAccessibleInterval<T> image,
		final OpCall call)
	{
		RandomAccessibleInterval<T> view = Views.zeroMin(image);
		for (int d = 0; d < view.numDimensions(); d++)
			if (FlipOp.flips(call.params(), d)) view = Views.zeroMin(Views.invertAxis(view, d));
		return view;
	}
}
