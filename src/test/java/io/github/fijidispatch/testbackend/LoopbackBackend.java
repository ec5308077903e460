package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.imglib2.Imglib2Backend;
import io.github.fijidispatch.backend.imglib2.Imglib2Gauss;
import io.github.fijidispatch.op.filter.GaussOp;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/** {@code test-loopback}: a second host backend that runs the reference code. */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class LoopbackBackend extends AbstractTestBackend {

	public static final String ID = "test-loopback";

	public LoopbackBackend() {
		super(ID);
	}

	/** Gauss through the reference implementation. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractOpImplementation<LoopbackBackend> {

		private final Imglib2Gauss reference = new Imglib2Gauss();
		private final Imglib2Backend referenceBackend = new Imglib2Backend();

		public Gauss() {
			super(GaussOp.ID, ID, LoopbackBackend.class);
		}

		@Override
		protected Object compute(final OpCall call, final LoopbackBackend backend) throws Exception {
			return reference.run(call, referenceBackend);
		}
	}
}
