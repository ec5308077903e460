package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.filter.GaussOp;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-declining}: implements the Gaussian but declines every call, with a reason. */
@Plugin(type = Backend.class, priority = Priority.EXTREMELY_HIGH)
public class DecliningBackend extends AbstractTestBackend {

	public static final String ID = "test-declining";
	public static final String REASON = "sigma above 0.5 needs more local memory than this device has";

	public DecliningBackend() {
		super(ID);
	}

	/** Gauss that never runs. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractOpImplementation<DecliningBackend> {

		public Gauss() {
			super(GaussOp.ID, ID, DecliningBackend.class);
		}

		@Override
		protected Support canRun(final OpCall call, final DecliningBackend backend) {
			return Support.no(REASON);
		}

		@Override
		protected Object compute(final OpCall call, final DecliningBackend backend) {
			throw new AssertionError("dispatch ran a backend that declined");
		}
	}
}
