package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** {@code test-view}: returns a view of its input: not a new image (dispatch sees a different object; the kit must see shared pixels). */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class ViewBackend extends AbstractFaultyBackend {

	public static final String ID = "test-view";

	public ViewBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		// NB: the type argument is erased; the view has the input's pixel type.
		final RandomAccessibleInterval<FloatType> input = call.hostImage(0);
		return Views.zeroMin(input);
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<ViewBackend> {

		public Gauss() {
			super(ID, ViewBackend.class);
		}
	}
}
