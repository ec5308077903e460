package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.transform.FlipOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.flip} on the CPU: a copy ({@link Copies}) of the input
 * viewed with the flipped axes inverted ({@code Views.invertAxis}); an
 * ArrayImg or PlanarImg is copied row by row straight from its storage, each
 * row forwards, or backwards when X flips ({@link StridedRows}). See
 * {@link FlipOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Flip extends AbstractImglib2Implementation {

	public Imglib2Flip() {
		super(FlipOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		return Copies.of(flipped(image, call), call.outputInfo().kind());
	}

	private static <T> RandomAccessibleInterval<T> flipped(final RandomAccessibleInterval<T> image, final OpCall call) {
		RandomAccessibleInterval<T> view = image;
		for (int d = 0; d < image.numDimensions(); d++)
			if (FlipOp.flips(call.params(), d)) view = Views.invertAxis(view, d);
		return view;
	}
}
