package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-noisy}: returns the correct result plus 2 in every pixel: outside every tolerance. */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class NoisyBackend extends AbstractFaultyBackend {

	public static final String ID = "test-noisy";

	public NoisyBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		FaultyImages.addToEveryPixel(correct, 2);
		return correct;
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<NoisyBackend> {

		public Gauss() {
			super(ID, NoisyBackend.class);
		}
	}
}
