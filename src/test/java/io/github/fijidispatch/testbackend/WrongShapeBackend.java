package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import net.imglib2.util.Intervals;

/** {@code test-wrong-shape}: returns an image one pixel wider than declared. */
@Plugin(type = Backend.class, priority = Priority.HIGH)
public class WrongShapeBackend extends AbstractFaultyBackend {

	public static final String ID = "test-wrong-shape";

	public WrongShapeBackend() {
		super(ID);
	}

	@Override
	Object misbehave(final OpCall call, final RandomAccessibleInterval<?> correct) {
		final long[] dims = Intervals.dimensionsAsLongArray(correct);
		dims[0]++;
		return FaultyImages.create(call.outputInfo().kind(), dims);
	}

	/** The faulty Gaussian. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractFaultyGauss<WrongShapeBackend> {

		public Gauss() {
			super(ID, WrongShapeBackend.class);
		}
	}
}
