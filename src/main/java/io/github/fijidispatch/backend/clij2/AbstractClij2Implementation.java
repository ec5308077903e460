package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

/**
 * Base of the CLIJ2 implementations. {@link #canRun} checks what every op
 * needs — pixel kinds the device holds (uint8, uint16, float32), 2D or 3D,
 * and room on the device for the inputs, the output and the op's
 * temporaries — then the op's own limits ({@link #accepts}). {@link #compute}
 * runs {@link #runOnDevice} under the session lock in a
 * {@link Clij2Workspace}, so that every temporary is freed and nothing
 * half-written is returned when OpenCL fails; the failure propagates and
 * dispatch may fall back.
 */
abstract class AbstractClij2Implementation extends AbstractOpImplementation<Clij2Backend> {

	protected AbstractClij2Implementation(final String opId) {
		super(opId, Clij2Backend.ID, Clij2Backend.class);
	}

	// -- AbstractOpImplementation methods --

	@Override
	protected final Support canRun(final OpCall call, final Clij2Backend backend) {
		for (int i = 0; i < call.infos().size(); i++) {
			final ImageInfo info = call.info(i);
			final String name = call.op().inputNames().get(i);
			if (!Clij2PixelKinds.isSupported(info.kind())) return Support.no("clij2 holds only " +
				Clij2PixelKinds.supportedList() + " images; input '" + name + "' is " + info.kind() +
				": convert it (convert.type) or run on imglib2");
			if (info.numDimensions() < 2 || info.numDimensions() > 3) return Support.no("clij2 runs 2D and 3D images only; input '" +
				name + "' is " + info.numDimensions() + "D");
		}
		final Support own = accepts(call);
		if (!own.isYes()) return own;
		return Clij2Memory.fits(call, backend.session(), temporaryFloatImages(call));
	}

	@Override
	protected final Object compute(final OpCall call, final Clij2Backend backend) throws Exception {
		return backend.session().run(clij2 -> {
			try (Clij2Workspace workspace = new Clij2Workspace(clij2)) {
				final Object result = runOnDevice(call, workspace);
				if (result instanceof ClearCLBuffer) workspace.keep((ClearCLBuffer) result);
				return result;
			}
		});
	}

	// -- Typed methods --

	/** The op's own limits (neighbourhood sizes, label counts...); default yes. */
	protected Support accepts(final OpCall call) {
		return Support.yes();
	}

	/**
	 * How many float images of the first input's size the op allocates at
	 * most at once besides inputs and output (its own and CLIJ2's internal
	 * ones); the memory check counts them.
	 */
	protected abstract int temporaryFloatImages(OpCall call);

	/**
	 * Computes on the device: a new buffer made in {@code workspace} (kept by
	 * the caller) or a table. Inputs must not be modified.
	 */
	protected abstract Object runOnDevice(OpCall call, Clij2Workspace workspace) throws Exception;

	/** Input {@code i} as a device buffer. */
	protected static ClearCLBuffer input(final OpCall call, final int i) {
		return (ClearCLBuffer) call.input(i);
	}

	/** Whether the first input has an integer pixel kind. */
	protected static boolean integerInput(final OpCall call) {
		return call.info(0).kind().isInteger();
	}
}
