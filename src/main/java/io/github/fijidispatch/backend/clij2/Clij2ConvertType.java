package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code convert.type} on the device: scaling conversions map the image's
 * finite [min, max] ({@link Clij2Census}, or the range the call gives) onto the target range in float (NaN
 * then gives 0, ±Inf saturate; a constant finite range gives 0, +Inf the top); every
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
	protected Support accepts(final OpCall call) {
		// NB: a scaling conversion takes the finite range from the census
		return ConvertTypeOp.scales(call.info(0).kind(), ConvertTypeOp.target(call.params()), call.params().flag("scale")) &&
			ConvertTypeOp.givenRange(call.params()) == null ? Clij2Census.fits(call) : Support.yes();
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
			// NB: the range a call gives (a block of a whole image) replaces the image's own
			final double[] given = ConvertTypeOp.givenRange(call.params());
			final Clij2Census census = given != null ? null : Clij2Census.of(ws, in);
			final double min = given != null ? given[0] : census.finiteMin();
			final double max = given != null ? given[1] : census.finiteMax();
			final ClearCLBuffer scaled = ws.floats(in.getDimensions());
			if (max > min) {
				final ClearCLBuffer shifted = ws.floats(in.getDimensions());
				Clij2Workspace.check(clij2.addImageAndScalar(values, shifted, -min), "subtract min");
				final double range = maxValue(target);
				Clij2Workspace.check(clij2.multiplyImageAndScalar(shifted, scaled, range / (max - min)), "scale");
			}
			else {
				// NB: 0 everywhere but at +Inf, which saturates (the 0/1 mask of it times the top)
				final ClearCLBuffer top = ws.floats(in.getDimensions());
				Clij2Workspace.check(clij2.greaterOrEqualConstant(values, top, Double.POSITIVE_INFINITY), "+Inf");
				Clij2Workspace.check(clij2.multiplyImageAndScalar(top, scaled, maxValue(target)), "constant image");
			}
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
