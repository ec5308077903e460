package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;

import net.imglib2.loops.LoopBuilder;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.dog} on the CPU: two float copies blurred with
 * {@link Imglib2Gauss#blur} (σ1 and σ2), subtracted in place; the first copy
 * is the float32 result; with the internal interior window each blur computes
 * only that box. See {@link DifferenceOfGaussiansOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2DifferenceOfGaussians extends AbstractImglib2Implementation {

	public Imglib2DifferenceOfGaussians() {
		super(DifferenceOfGaussiansOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final int n = call.info(0).numDimensions();
		final FloatVolume first = Imglib2Gauss.blur(call.hostImage(0), call.params().reals("sigma1", n), call.params());
		final FloatVolume second = Imglib2Gauss.blur(call.hostImage(0), call.params().reals("sigma2", n), call.params());
		LoopBuilder.setImages(first.img(), second.img()).multiThreaded().forEachPixel((a, b) -> a.sub(b));
		return first.toImage(PixelKind.FLOAT32);
	}
}
