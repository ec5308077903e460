package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-modifying}: returns the correct result but writes into its input (dispatch cannot see it; the conformance kit must). */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class InputModifyingBackend extends AbstractFaultyBackend {

	public static final String ID = "test-modifying";

	public InputModifyingBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		FaultyImages.overwriteFirstPixel(call.hostImage(0));
		return correct;
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<InputModifyingBackend> {

		public Gauss() {
			super(ID, InputModifyingBackend.class);
		}
	}
}
