package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import java.util.concurrent.atomic.AtomicLong;

/** {@code test-flaky}: adds 1 to every pixel of every second result: within the integer tolerance, but not the same twice. */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class FlakyBackend extends AbstractFaultyBackend {

	public static final String ID = "test-flaky";

	private final AtomicLong calls = new AtomicLong();

	public FlakyBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		if (calls.incrementAndGet() % 2 == 0) FaultyImages.addToEveryPixel(correct, 1);
		return correct;
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<FlakyBackend> {

		public Gauss() {
			super(ID, FlakyBackend.class);
		}
	}
}
