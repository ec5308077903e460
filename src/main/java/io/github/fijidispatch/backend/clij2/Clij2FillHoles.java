package io.github.fijidispatch.backend.clij2;

import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.fill_holes} on the device, without CLIJ2's
 * {@code binaryFillHoles} (it labels connected components, which links
 * against imglib2-ij, absent outside Fiji): a flood from the border through
 * background pixels with face connectivity, one {@code flood_step} kernel per
 * step, until the steps reach no new pixel (checked every
 * {@value #STEPS_PER_CHECK} steps); every pixel not reached is foreground.
 * See {@link FillHolesOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2FillHoles extends AbstractClij2Implementation {

	/** Flood steps between two convergence checks (a check is a reduction pulled to the host). */
	static final int STEPS_PER_CHECK = 16;

	public Clij2FillHoles() {
		super(FillHolesOp.ID);
	}

	@Override
	protected Support accepts(final OpCall call) {
		return Clij2FloatCounts.fits(call, "detects fill-holes convergence with a pixel sum");
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: three uint8 masks, each a quarter of a float image.
		return 1;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final CLIJ2 clij2 = ws.clij2();
		ClearCLBuffer reached = ws.create(in.getDimensions(), PixelKind.UINT8);
		ClearCLBuffer next = ws.create(in.getDimensions(), PixelKind.UINT8);
		Clij2Workspace.check(clij2.set(reached, 0), "set");
		double count = 0;
		while (true) {
			for (int s = 0; s < STEPS_PER_CHECK; s++) {
				step(clij2, in, reached, next);
				final ClearCLBuffer t = reached;
				reached = next;
				next = t;
			}
			final double now = clij2.sumOfAllPixels(reached);
			if (now == count) break;
			count = now;
		}
		final ClearCLBuffer holesAndForeground = ws.create(in.getDimensions(), PixelKind.UINT8);
		Clij2Workspace.check(clij2.equalConstant(reached, holesAndForeground, 0), "equalConstant");
		return ws.mask255(holesAndForeground);
	}

	private static void step(final CLIJ2 clij2, final ClearCLBuffer mask, final ClearCLBuffer src, final ClearCLBuffer dst) {
		final Map<String, Object> p = Clij2Kernels.sizeParameters(mask);
		p.put("mask", mask);
		p.put("src", src);
		p.put("dst", dst);
		Clij2Kernels.run(clij2, "flood_step", mask, p);
	}
}
