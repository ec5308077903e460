package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.util.Intervals;

/** {@code test-wrong-kind}: returns the right size in the wrong pixel kind (uint16 for float32, float32 otherwise). */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class WrongKindBackend extends AbstractFaultyBackend {

	public static final String ID = "test-wrong-kind";

	public WrongKindBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		final PixelKind wrong = call.outputInfo().kind() == PixelKind.FLOAT32 ? PixelKind.UINT16 : PixelKind.FLOAT32;
		return FaultyImages.create(wrong, Intervals.dimensionsAsLongArray(correct));
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<WrongKindBackend> {

		public Gauss() {
			super(ID, WrongKindBackend.class);
		}
	}
}
