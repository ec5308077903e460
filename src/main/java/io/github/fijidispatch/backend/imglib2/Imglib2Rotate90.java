package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.transform.Rotate90Op;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.rotate90} on the CPU: a copy ({@link Copies#inTiles}) of the
 * input viewed turned once per turn ({@code Views.rotate}); an ArrayImg or
 * PlanarImg is copied straight from its storage, each output row one strided
 * walk down a column, in bands of neighbouring rows ({@link StridedRows}). See
 * {@link Rotate90Op}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Rotate90 extends AbstractImglib2Implementation {

	public Imglib2Rotate90() {
		super(Rotate90Op.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final RandomAccessibleInterval<? extends RealType<?>> view = turned(image, call.params().integer("turns"));
		return Copies.inTiles(view, call.outputInfo().kind());
	}

	/** The view turned clockwise (y pointing down) {@code turns} times: new pixel (x, y) is old (y, H − 1 − x). */
	private static <T> RandomAccessibleInterval<T> turned(final RandomAccessibleInterval<T> image, final int turns) {
		RandomAccessibleInterval<T> view = image;
		for (int t = 0; t < turns; t++)
			view = Views.zeroMin(Views.rotate(view, 0, 1));
		return view;
	}
}
