package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.dog} as two of CLIJ2's {@code gaussianBlur2D/3D} into float
 * buffers and a float subtraction. CLIJ2's own {@code differenceOfGaussian}
 * keeps integer temporaries and so clips negative differences; here nothing
 * is rounded or clipped. A call with the internal interior window crops the
 * difference to it on the device ({@link Clij2Gauss#window}). See
 * {@link DifferenceOfGaussiansOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2DifferenceOfGaussians extends AbstractClij2Implementation {

	public Clij2DifferenceOfGaussians() {
		super(DifferenceOfGaussiansOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: two blurs, plus CLIJ2's two separable-pass temporaries (a window's crop comes after the blurs are freed).
		return 4;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ClearCLBuffer first = blur(ws, in, call.params().reals("sigma1", call.info(0).numDimensions()));
		final ClearCLBuffer second = blur(ws, in, call.params().reals("sigma2", call.info(0).numDimensions()));
		final ClearCLBuffer out = ws.floats(in.getDimensions());
		Clij2Workspace.check(ws.clij2().subtractImages(first, second, out), "subtractImages");
		ws.free(first);
		ws.free(second);
		return Clij2Gauss.window(call, ws, out);
	}

	private static ClearCLBuffer blur(final Clij2Workspace ws, final ClearCLBuffer in, final double[] s) {
		final ClearCLBuffer blurred = ws.floats(in.getDimensions());
		final CLIJ2 clij2 = ws.clij2();
		if (s.length == 2) Clij2Workspace.check(clij2.gaussianBlur2D(in, blurred, s[0], s[1]), "gaussianBlur2D");
		else Clij2Workspace.check(clij2.gaussianBlur3D(in, blurred, s[0], s[1], s[2]), "gaussianBlur3D");
		return blurred;
	}
}
