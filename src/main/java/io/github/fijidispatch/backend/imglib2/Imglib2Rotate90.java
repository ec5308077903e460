package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.transform.Rotate90Op;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.rotate90} on the CPU: a copy of the rotated view
 * ({@code Views.rotate} from x to y is one quarter turn clockwise with y
 * pointing down); see {@link Rotate90Op}.
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
		return Copies.of(rotated(image, call.params().integer("turns")), call.outputInfo().kind());
	}

	private static <T> RandomAccessibleInterval<T> rotated(final RandomAccessibleInterval<T> image,
		final int turns)
	{
		RandomAccessibleInterval<T> view = Views.zeroMin(image);
		for (int t = 0; t < turns; t++)
			view = Views.zeroMin(Views.rotate(view, 0, 1));
		return view;
	}
}
