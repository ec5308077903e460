package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;

/**
 * The device-memory check of a call: every buffer (inputs, output, float
 * temporaries) must fit the device's largest allocation, and all of them
 * together its global memory and the call's device budget
 * ({@link OpCall#deviceBudgetBytes()}, when set). A call beyond them is
 * {@linkplain Support#tooLarge too large} (dispatch may tile it), naming the
 * numbers and what helps.
 */
final class Clij2Memory {

	private static final long MIB = 1024 * 1024;

	private Clij2Memory() {
		// NB: static holder
	}

	static Support fits(final OpCall call, final Clij2Session session, final int floatTemporaries) {
		return fits(call.infos(), call.outputInfo(), floatTemporaries, session.maxAllocationBytes(),
			session.globalMemoryBytes(), call.deviceBudgetBytes(), session.deviceName());
	}

	/** The check on plain numbers without a budget (testable without a device). */
	static Support fits(final Iterable<ImageInfo> inputs, final ImageInfo output, final int floatTemporaries,
		final long maxAllocation, final long globalMemory, final String device)
	{
		return fits(inputs, output, floatTemporaries, maxAllocation, globalMemory, 0, device);
	}

	/**
	 * The check on plain numbers.
	 *
	 * @param budget the device budget in bytes for all buffers together, or 0 for none
	 */
	static Support fits(final Iterable<ImageInfo> inputs, final ImageInfo output, final int floatTemporaries,
		final long maxAllocation, final long globalMemory, final long budget, final String device)
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
		final String help = "; crop or tile the image, or run on imglib2";
		if (largest > maxAllocation) return Support.tooLarge("clij2: a buffer of " + largest / MIB + " MiB exceeds the " +
			maxAllocation / MIB + " MiB largest allocation of " + device + help, (double) maxAllocation / largest);
		if (total > globalMemory) return Support.tooLarge("clij2: the call needs " + total / MIB + " MiB (inputs, output and " +
			floatTemporaries + " float temporaries) but " + device + " has " + globalMemory / MIB + " MiB" + help,
			(double) globalMemory / total);
		if (budget > 0 && total > budget) return Support.tooLarge("clij2: the call needs " + bytes(total) +
			" (inputs, output and " + floatTemporaries + " float temporaries) but the device budget is " + bytes(budget) +
			" (FIJI_DISPATCH_DEVICE_BUDGET / -Dfiji.dispatch.device.budget)" + help, (double) budget / total);
		return Support.yes();
	}

	/** Bytes in MiB when at least one, else in bytes: a budget of a few KiB still reads as a number. */
	private static String bytes(final long n) {
		return n >= MIB ? n / MIB + " MiB" : n + " bytes";
	}
}
