package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.OpCall;

/**
 * Binary morphology as a sequence of passes on a 0/255 mask, each named by
 * its grey-scale equivalent: erosion {@link NeighbourhoodExtremum#MIN}, dilation
 * {@link NeighbourhoodExtremum#MAX} (clamp-to-edge, so a pixel outside counts as its edge
 * neighbour), opening and closing their compositions. The mask is read from any real input (non-zero is
 * foreground) into a {@link BinaryVolume}; the result is uint8 0/255.
 * A box runs as separable passes ({@link BinaryBox}), a sphere row by row
 * ({@link BinarySphere}), both with sliding foreground counts.
 */
abstract class AbstractImglib2BinaryMorphology extends AbstractImglib2Implementation {

	private static final byte FOREGROUND = (byte) 255;
	private static final byte BACKGROUND = 0;

	private final List<NeighbourhoodExtremum> passes;

	protected AbstractImglib2BinaryMorphology(final String opId, final NeighbourhoodExtremum... passes) {
		super(opId);
		this.passes = Arrays.asList(passes);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		BinaryVolume mask = BinaryVolume.of(call.hostImage(0), FOREGROUND, BACKGROUND);
		for (final NeighbourhoodExtremum pass : passes) {
			final boolean erode = pass == NeighbourhoodExtremum.MIN;
			mask = nb.isBox() ? new BinaryBox(erode, nb.radii(), FOREGROUND, BACKGROUND).consume(mask) : new BinarySphere(
				erode, nb).apply(mask);
		}
		return mask.img();
	}
}
