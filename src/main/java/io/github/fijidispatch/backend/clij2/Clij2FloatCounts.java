package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;

/**
 * The limit of ops that count or sum pixels in float32 on the device: exact
 * only up to 2^24, so larger images are declined with the reason rather than
 * counted wrongly.
 */
final class Clij2FloatCounts {

	/** The largest count float32 holds exactly. */
	static final long MAX_PIXELS = 1L << 24;

	private Clij2FloatCounts() {
		// NB: static holder
	}

	/**
	 * Yes when the first input has at most 2^24 pixels; else a no saying
	 * {@code what} is counted in float.
	 */
	static Support fits(final OpCall call, final String what) {
		final long n = call.info(0).pixelCount();
		if (n <= MAX_PIXELS) return Support.yes();
		return Support.no("clij2 " + what + " in float, exact only up to 2^24 = " + MAX_PIXELS + " pixels; this image has " +
			n + ": crop or tile it, or run on imglib2");
	}
}
