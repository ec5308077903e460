package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-throwing}: throws like a driver fault, after computing. */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class ThrowingBackend extends AbstractFaultyBackend {

	public static final String ID = "test-throwing";

	public ThrowingBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		throw new IllegalStateException("simulated kernel fault (CL_OUT_OF_RESOURCES)");
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<ThrowingBackend> {

		public Gauss() {
			super(ID, ThrowingBackend.class);
		}
	}
}
