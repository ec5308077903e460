package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;

/**
 * Base of the reference backend's implementations: binds them to
 * {@link Imglib2Backend}, and by default declines a call any of whose input
 * images has more than {@link FloatVolume#MAX_PIXELS} pixels, with the reason:
 * the working copies ({@link FloatVolume}, {@link BinaryVolume}) and the outputs
 * ({@link PixelArrays#newImage}) are one Java array each. An implementation
 * that streams its input without such a copy overrides {@link #canRun}.
 */
public abstract class AbstractImglib2Implementation extends AbstractOpImplementation<Imglib2Backend> {

	protected AbstractImglib2Implementation(final String opId) {
		super(opId, Imglib2Backend.ID, Imglib2Backend.class);
	}

	/** Default: {@link #fitsOneArray}. */
	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return fitsOneArray(call);
	}

	/** Yes when every input image fits one Java array; otherwise no, saying how to get there. */
	protected static Support fitsOneArray(final OpCall call) {
		for (final ImageInfo info : call.infos())
			if (info.pixelCount() > FloatVolume.MAX_PIXELS) return Support.no("image of " + info.pixelCount() +
				" pixels exceeds the " + FloatVolume.MAX_PIXELS + "-pixel limit of one Java array; crop or tile it");
		return Support.yes();
	}
}
