package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;

/**
 * The device-memory check of a call: every buffer (inputs, output, float
 * temporaries) must fit the device's largest allocation, and all of them
 * together its global memory. A no names the numbers and what helps.
 */
final class Clij2Memory {

	private static final long MIB = 1024 * 1024;

	private Clij2Memory() {
		// NB: static holder
	}

	static Support fits(final OpCall call, final Clij2Session session, final int floatTemporaries) {
		return fits(call.infos(), call.outputInfo(), floatTemporaries, session.maxAllocationBytes(),
			session.globalMemoryBytes(), session.deviceName());
	}

	/** The check on plain numbers (testable without a device). */
	static Support fits(final Iterable<ImageInfo> inputs, final ImageInfo output, final int floatTemporaries,
		final long maxAllocation, final long globalMemory, final String device)
	{
		long total = 0;
		long largest = 0;
		ImageInfo first = null;
		for (final ImageInfo in : inputs) {
			if (first == null) first = in;
			total += in.bytes();
			largest = Math.max(largest, in.bytes());
		}
		if (output != null) {
			total += output.bytes();
			largest = Math.max(largest, output.bytes());
		}
		if (first != null && floatTemporaries > 0) {
			final long temp = first.pixelCount() * PixelKind.FLOAT32.bytesPerPixel();
			total += floatTemporaries * temp;
			largest = Math.max(largest, temp);
		}
		if (largest > maxAllocation) return Support.no("clij2: a buffer of " + largest / MIB + " MiB exceeds the " +
			maxAllocation / MIB + " MiB largest allocation of " + device + "; crop or tile the image, or run on imglib2");
		if (total > globalMemory) return Support.no("clij2: the call needs " + total / MIB + " MiB (inputs, output and " +
			floatTemporaries + " float temporaries) but " + device + " has " + globalMemory / MIB +
			" MiB; crop or tile the image, or run on imglib2");
		return Support.yes();
	}
}
