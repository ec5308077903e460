package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;

/** The limits of the reference backend, with their reasons. */
public final class Imglib2Limits {

	private Imglib2Limits() {
		// NB: static holder
	}

	/** Yes when every input fits a {@link FloatVolume} (one Java array). */
	public static Support fitsVolume(final OpCall call) {
		for (final ImageInfo info : call.infos())
			if (info.pixelCount() > FloatVolume.MAX_PIXELS) return Support.no("image of " + info.pixelCount() +
				" pixels exceeds the " + FloatVolume.MAX_PIXELS + "-pixel limit of one Java array; crop or tile it");
		return Support.yes();
	}
}
