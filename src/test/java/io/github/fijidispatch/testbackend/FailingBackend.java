package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.GaussOp;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-failing}: says yes to everything, then fails like a faulty driver. */
@Plugin(type = Backend.class, priority = Priority.VERY_HIGH)
public class FailingBackend extends AbstractTestBackend {

	public static final String ID = "test-failing";
	public static final String FAULT = "simulated driver fault";

	public FailingBackend() {
		super(ID);
	}

	/** Gauss that always throws. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractOpImplementation<FailingBackend> {

		public Gauss() {
			super(GaussOp.ID, ID, FailingBackend.class);
		}

		@Override
		protected Object compute(final OpCall call, final FailingBackend backend) {
			throw new IllegalStateException(FAULT);
		}
	}
}
