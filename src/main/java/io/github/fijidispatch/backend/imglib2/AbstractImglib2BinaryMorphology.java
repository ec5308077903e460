package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.PixelKind;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Binary morphology as a sequence of grey-scale passes on a 0/255 mask: erosion
 * is {@link Extremum#MIN}, dilation {@link Extremum#MAX} (clamp-to-edge, so a
 * pixel outside counts as its edge neighbour), opening and closing their
 * compositions. The mask is read from any real input (non-zero is
 * foreground); the result is uint8 0/255. A box runs on a byte mask
 * ({@link ByteMask}, {@link BinaryBox}: sliding foreground counts); a sphere as
 * grey-scale passes on a float volume.
 */
abstract class AbstractImglib2BinaryMorphology extends AbstractOpImplementation<Imglib2Backend> {

	private static final byte FOREGROUND = (byte) 255;
	private static final byte BACKGROUND = 0;

	private final List<Extremum> passes;

	protected AbstractImglib2BinaryMorphology(final String opId, final Extremum... passes) {
		super(opId, Imglib2Backend.ID, Imglib2Backend.class);
		this.passes = Arrays.asList(passes);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		if (nb.isBox()) return box(call.hostImage(0), nb.radii());
		FloatVolume mask = mask(call.hostImage(0));
		for (final Extremum pass : passes)
			mask = pass.consume(mask, nb);
		return mask.toImage(PixelKind.UINT8);
	}

	private Object box(final RandomAccessibleInterval<? extends RealType<?>> input, final int[] radii) {
		ByteMask mask = ByteMask.of(input, FOREGROUND, BACKGROUND);
		for (final Extremum pass : passes)
			mask = new BinaryBox(pass == Extremum.MIN, radii, FOREGROUND, BACKGROUND).consume(mask);
		return mask.img();
	}

	/** A 0/255 float volume: 255 where the input is non-zero. */
	static FloatVolume mask(final RandomAccessibleInterval<? extends RealType<?>> input) {
		final FloatVolume mask = FloatVolume.zeros(input.dimensionsAsLongArray());
		LoopBuilder.setImages(Views.zeroMin(input), mask.img()).multiThreaded()
			.forEachPixel((in, m) -> m.setReal(in.getRealDouble() != 0 ? 255 : 0));
		return mask;
	}
}
