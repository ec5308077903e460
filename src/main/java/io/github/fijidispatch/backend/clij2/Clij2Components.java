package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code label.components} with CLIJ2's
 * {@code connectedComponentsLabelingDiamond} (face connectivity) or
 * {@code ...Box} (full), into a float32 label image with consecutive labels;
 * numbering may differ from the reference (the tolerance compares partitions).
 * Images over 2^24 pixels are declined: float labels would merge silently.
 * See {@link ComponentsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Components extends AbstractClij2Implementation {

	public Clij2Components() {
		super(ComponentsOp.ID);
	}

	/** A class CLIJ2's labelling needs: Fiji has it (imglib2-ij), a plain classpath may not. */
	static final String IMAGEJ_FUNCTIONS = "net.imglib2.img.display.imagej.ImageJFunctions";

	@Override
	protected Support accepts(final OpCall call) {
		if (!hasClass(IMAGEJ_FUNCTIONS)) return Support.no("CLIJ2's connected-components labelling needs imglib2-ij (" +
			IMAGEJ_FUNCTIONS + "), which Fiji ships but this installation lacks; run on imglib2 or inside Fiji");
		final long n = call.info(0).pixelCount();
		if (n > ComponentsOp.MAX_PIXELS) return Support.no("clij2 labels in float32, exact only up to 2^24 = " +
			ComponentsOp.MAX_PIXELS + " pixels; this image has " + n + ": crop or tile it, or run on imglib2");
		return Support.yes();
	}

	private static boolean hasClass(final String name) {
		try {
			Class.forName(name, false, Clij2Components.class.getClassLoader());
			return true;
		}
		catch (final ClassNotFoundException | LinkageError e) {
			return false; // NB: the absence is the answer, not an error.
		}
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: CLIJ2's labelling keeps a few label-sized working images.
		return 3;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer labels = ws.floats(in.getDimensions());
		if ("full".equals(call.params().choice("connectivity")))
			Clij2Workspace.check(ws.clij2().connectedComponentsLabelingBox(in, labels), "connectedComponentsLabelingBox");
		else Clij2Workspace.check(ws.clij2().connectedComponentsLabelingDiamond(in, labels), "connectedComponentsLabelingDiamond");
		return labels;
	}
}
