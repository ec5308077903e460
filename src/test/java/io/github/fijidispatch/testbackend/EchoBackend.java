package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-echo}: returns its input instead of a new image. */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class EchoBackend extends AbstractFaultyBackend {

	public static final String ID = "test-echo";

	public EchoBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		return call.input(0);
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<EchoBackend> {

		public Gauss() {
			super(ID, EchoBackend.class);
		}
	}
}
