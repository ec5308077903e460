package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.TopHatOp;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.tophat} on the CPU: the grey opening
 * {@code NeighbourhoodExtremum.MAX(NeighbourhoodExtremum.MIN(copy))} on one float copy, then
 * {@code input − opening} written over it, read straight from the input. See
 * {@link TopHatOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2TopHat extends AbstractImglib2Implementation {

	public Imglib2TopHat() {
		super(TopHatOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		final RandomAccessibleInterval<? extends RealType<?>> input = call.hostImage(0);
		final FloatVolume opened = NeighbourhoodExtremum.MAX.consume(NeighbourhoodExtremum.MIN.consume(FloatVolume.copyOf(input), nb), nb);
		LoopBuilder.setImages(Views.zeroMin(input), opened.img()).multiThreaded()
			.forEachPixel((in, o) -> o.setReal(in.getRealFloat() - o.getRealFloat()));
		return opened.toImage(call.info(0).kind());
	}
}
