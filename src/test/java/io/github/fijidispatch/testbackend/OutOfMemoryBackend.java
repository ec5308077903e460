package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-oom}: throws {@link OutOfMemoryError}, as a backend that ran out of memory. */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class OutOfMemoryBackend extends AbstractFaultyBackend {

	public static final String ID = "test-oom";

	public OutOfMemoryBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		throw new OutOfMemoryError("simulated: Java heap space");
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<OutOfMemoryBackend> {

		public Gauss() {
			super(ID, OutOfMemoryBackend.class);
		}
	}
}
