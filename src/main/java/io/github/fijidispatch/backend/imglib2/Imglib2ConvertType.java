package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code convert.type} on the CPU: for a scaling conversion a parallel
 * pass for the finite min and max (unless the call gives them), then one parallel loop mapping every value; see
 * {@link ConvertTypeOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2ConvertType extends AbstractImglib2Implementation {

	public Imglib2ConvertType() {
		super(ConvertTypeOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		return convert(call, null);
	}

	/** Straight into a caller's {@code ArrayImg} of the target kind (the input itself, in place: the range is read first). */
	@Override
	protected boolean computeInto(final OpCall call, final Imglib2Backend backend, final Object output)
		throws Exception
	{
		final ArrayImg<?, ?> into = PixelArrays.flatImage(output, ConvertTypeOp.target(call.params()));
		if (into == null) return super.computeInto(call, backend, output);
		convert(call, into);
		return true;
	}

	private static Object convert(final OpCall call, final ArrayImg<?, ?> into) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final PixelKind target = ConvertTypeOp.target(call.params());
		return Imglib2PixelMath.map(image, target, mapping(image, call.info(0).kind(), target, call.params().flag("scale"),
			ConvertTypeOp.givenRange(call.params())), into);
	}

	/** Identity, or the linear map of [min, max] (the given one, else the image's) onto [0, target max]. */
	private static DoubleUnaryOperator mapping(final RandomAccessibleInterval<? extends RealType<?>> image,
		final PixelKind source, final PixelKind target, final boolean scale, final double[] given)
	{
		if (!ConvertTypeOp.scales(source, target, scale)) return Imglib2PixelMath.Linear.IDENTITY;
		final ValueRange range = given != null ? ValueRange.between(given[0], given[1]) : ValueRange.finiteOf(image);
		final double top = target.createType().getMaxValue();
		// NB: a constant (or empty) finite range maps to 0; +Inf still saturates
		if (!(range.range() > 0)) return v -> v == Double.POSITIVE_INFINITY ? top : 0;
		return new Imglib2PixelMath.Linear(range.min(), top / range.range());
	}
}
