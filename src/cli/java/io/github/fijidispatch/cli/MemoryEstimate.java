package io.github.fijidispatch.cli;

import java.util.List;
import java.util.Locale;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;

/**
 * The heap a {@code run} call needs, estimated from the inputs' headers
 * before anything is read: the inputs as ImageJ holds them, the result, one
 * working copy of the result's size (the temporaries of the heaviest ops),
 * and the converted copy the writer makes (a 2D result is converted once; a
 * 3D result is written one plane at a time, so one plane).
 */
final class MemoryEstimate {

	private static final double GIB = 1024.0 * 1024 * 1024;

	final long inputs;
	final long result;
	final long working;
	final long writing;

	private MemoryEstimate(final long inputs, final long result, final long working, final long writing) {
		this.inputs = inputs;
		this.result = result;
		this.working = working;
		this.writing = writing;
	}

	/**
	 * The estimate for {@code op} on inputs of these sizes. An op that cannot
	 * say its output size for them (bad parameters are reported later, by the
	 * call) is assumed to give a float32 image the size of its largest input.
	 */
	static MemoryEstimate of(final Op op, final Parameters params, final List<ImageInfo> inputs) {
		long in = 0;
		ImageInfo largest = null;
		for (final ImageInfo info : inputs) {
			in = saturatingAdd(in, bytes(info.pixelCount(), info.kind()));
			if (largest == null || info.pixelCount() > largest.pixelCount()) largest = info;
		}
		if (op.outputKind() == OutputKind.TABLE || largest == null) return new MemoryEstimate(in, 0, 0, 0);
		ImageInfo out;
		try {
			out = op.outputInfo(inputs, params);
		}
		catch (final RuntimeException e) {
			// NB: e.g. a crop outside the image: the call itself says so, with its message.
			out = largest.withKind(PixelKind.FLOAT32);
		}
		final long result = bytes(out.pixelCount(), out.kind());
		final PixelKind stored = out.kind() == PixelKind.UINT8 || out.kind() == PixelKind.UINT16 ? out.kind() : PixelKind.FLOAT32;
		final long plane = out.numDimensions() > 2 ? out.pixelCount() / Math.max(1, out.dimension(2)) : out.pixelCount();
		return new MemoryEstimate(in, result, result, bytes(plane, stored));
	}

	/** Everything together. */
	long total() {
		return saturatingAdd(saturatingAdd(inputs, result), saturatingAdd(working, writing));
	}

	/** The heap this Java may still use: its maximum minus what is in use now. */
	static long available() {
		final Runtime r = Runtime.getRuntime();
		return r.maxMemory() - (r.totalMemory() - r.freeMemory());
	}

	/**
	 * A refusal when the call needs more than {@code available} bytes, saying
	 * what it needs, what would fit and how to give more memory; {@code null}
	 * when it fits.
	 */
	String refusal(final String opId, final long available) {
		final long need = total();
		if (need <= available) return null;
		final long inUse = Runtime.getRuntime().maxMemory() - available;
		final double fits = inputs == 0 ? 0 : inputs * (double) available / need;
		return String.format(Locale.ROOT,
			"%s: the inputs are too large for this Java's memory: the call needs about %s (inputs %s, result %s, " +
				"working copies %s, writing %s) but only %s is free (maximum %s); inputs up to about %s fit. " +
				"Give more memory with %s=-Xmx%dg, or use a smaller input", opId, size(need), size(inputs), size(result), size(working),
			size(writing), size(available), size(Runtime.getRuntime().maxMemory()), size((long) fits), ErrorReport.JAVA_OPTS,
			suggestedGiB(saturatingAdd(need, inUse)));
	}

	/** Whole GiB for {@code -Xmx}: the need plus a quarter for the JVM's own use, at least 1. */
	static long suggestedGiB(final long bytes) {
		return Math.max(1, (long) Math.ceil(bytes * 1.25 / GIB));
	}

	/** Bytes in binary units, e.g. {@code 1.5 GiB}. */
	static String size(final long bytes) {
		if (bytes < 1024) return bytes + " bytes";
		final String[] units = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
		double v = bytes;
		int u = -1;
		while (v >= 1024 && u < units.length - 1) {
			v /= 1024;
			u++;
		}
		return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
	}

	private static long bytes(final long pixels, final PixelKind kind) {
		final int per = kind == null ? 8 : kind.bytesPerPixel();
		return pixels > Long.MAX_VALUE / per ? Long.MAX_VALUE : pixels * per;
	}

	private static long saturatingAdd(final long a, final long b) {
		final long s = a + b;
		return s < 0 ? Long.MAX_VALUE : s;
	}
}
