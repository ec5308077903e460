package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code convert.type} on the device: scaling conversions map the image's
 * [min, max] (CLIJ2's reductions) onto the target range in float; every
 * integer result is rounded half up and saturated ({@link Clij2Workspace#toKind}),
 * where CLIJ2's own {@code convertUInt8/16} would truncate. See
 * {@link ConvertTypeOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2ConvertType extends AbstractClij2Implementation {

	public Clij2ConvertType() {
		super(ConvertTypeOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 4;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final PixelKind source = call.info(0).kind();
		final PixelKind target = ConvertTypeOp.target(call.params());
		final CLIJ2 clij2 = ws.clij2();
		ClearCLBuffer values = ws.asFloats(in, true);
		if (ConvertTypeOp.scales(source, target, call.params().flag("scale"))) {
			final double min = clij2.getMinimumOfAllPixels(in);
			final double max = clij2.getMaximumOfAllPixels(in);
			final ClearCLBuffer scaled = ws.floats(in.getDimensions());
			if (max > min) {
				final ClearCLBuffer shifted = ws.floats(in.getDimensions());
				Clij2Workspace.check(clij2.addImageAndScalar(values, shifted, -min), "subtract min");
				final double range = maxValue(target);
				Clij2Workspace.check(clij2.multiplyImageAndScalar(shifted, scaled, range / (max - min)), "scale");
			}
			else Clij2Workspace.check(clij2.set(scaled, 0), "constant image");
			values = scaled;
		}
		if (values == in) {
			final ClearCLBuffer out = ws.create(in.getDimensions(), target);
			Clij2Workspace.check(clij2.copy(in, out), "copy");
			return out;
		}
		return ws.toKind(values, target);
	}

	private static double maxValue(final PixelKind kind) {
		final RealType<?> type = kind.createType();
		return type.getMaxValue();
	}
}
