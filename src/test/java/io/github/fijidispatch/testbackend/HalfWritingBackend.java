package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.AbstractBackend;
import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.math.AddScalarOp;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/**
 * {@code test-half-writing}: a host backend whose {@code math.add_scalar}
 * fails midway. Into an output it writes the first half of the pixels (with
 * {@link #GARBAGE}) and then throws; in function mode it throws before
 * writing anything. For the output-mode fallback tests: the next backend
 * must never see a half-written input. Available only while its own switch
 * is on ({@link #enable()}), so that no other test meets it.
 */
@Plugin(type = Backend.class, priority = Priority.VERY_HIGH)
public class HalfWritingBackend extends AbstractBackend {

	public static final String ID = "test-half-writing";
	public static final String FAULT = "simulated fault midway through a write";
	/** What it writes into the first half of an output before it fails. */
	public static final double GARBAGE = 77;

	private static volatile boolean enabled;

	public HalfWritingBackend() {
		super(ID);
	}

	public static void enable() {
		enabled = true;
	}

	public static void disable() {
		enabled = false;
	}

	@Override
	public Support availability() {
		return enabled ? Support.yes() : Support.no("fault-injection test backend, enabled only by the output-mode fault tests");
	}

	/** {@code math.add_scalar} that fails: midway through an output, or at once. */
	@Plugin(type = OpImplementation.class)
	public static class AddScalar extends AbstractOpImplementation<HalfWritingBackend> {

		public AddScalar() {
			super(AddScalarOp.ID, ID, HalfWritingBackend.class);
		}

		@Override
		protected Object compute(final OpCall call, final HalfWritingBackend backend) {
			throw new IllegalStateException(FAULT + " (function mode: nothing written)");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected boolean computeInto(final OpCall call, final HalfWritingBackend backend, final Object output) {
			final Cursor<? extends RealType<?>> c = Views.flatIterable((RandomAccessibleInterval<? extends RealType<?>>) output)
				.cursor();
			final long half = call.outputInfo().pixelCount() / 2;
			for (long i = 0; i < half; i++)
				c.next().setReal(GARBAGE);
			throw new IllegalStateException(FAULT);
		}
	}
}
