package io.github.fijidispatch.op;

import java.util.List;
import java.util.Locale;

/**
 * The heap an op call needs, estimated from its inputs' sizes before anything
 * is read or computed, in four parts: the inputs that must still be read into
 * memory, the result, one working copy of the result's size (the temporaries
 * of the heaviest ops), and the copy the front makes of the result (the
 * command line's writer, or the ImageJ image that shows it). Each front adds
 * what to do when the call does not fit ({@link #available()}); this class
 * only counts and says what it counted.
 */
public final class MemoryEstimate {

	private static final double GIB = 1024.0 * 1024 * 1024;

	private final long inputs;
	private final long result;
	private final long working;
	private final long copy;
	private final String copyName;

	private MemoryEstimate(final long inputs, final long result, final long working, final long copy,
		final String copyName)
	{
		this.inputs = inputs;
		this.result = result;
		this.working = working;
		this.copy = copy;
		this.copyName = copyName;
	}

	/**
	 * The estimate of a command-line {@code run}: every input read, the result, a working copy, and the writer's
	 * converted copy (a 2D result is converted once; a 3D result is written one plane at a time, so one plane).
	 */
	public static MemoryEstimate forFileRun(final Op op, final Parameters params, final List<ImageInfo> inputs) {
		final long in = sumBytes(inputs);
		final ImageInfo out = resultInfo(op, params, inputs);
		if (out == null) return new MemoryEstimate(in, 0, 0, 0, "writing");
		final long result = bytes(out.pixelCount(), out.kind());
		final long plane = out.numDimensions() > 2 ? out.pixelCount() / Math.max(1, out.dimension(2)) : out.pixelCount();
		return new MemoryEstimate(in, result, result, bytes(plane, shownKind(out.kind())), "writing");
	}

	/**
	 * The estimate of an ImageJ op command run {@code volumes} times on inputs of these (per volume) sizes, the
	 * results assembled into one image and then copied into the ImageJ image that shows it (8-bit, 16-bit or
	 * 32-bit); {@code unreadBytes} of the inputs are not in memory yet (a virtual stack's planes), and one working
	 * copy of a volume's result is counted.
	 */
	public static MemoryEstimate forImageJRun(final Op op, final Parameters params, final List<ImageInfo> volumeInputs,
		final long volumes, final long unreadBytes)
	{
		final ImageInfo out = resultInfo(op, params, volumeInputs);
		if (out == null) return new MemoryEstimate(unreadBytes, 0, 0, 0, "ImageJ image");
		final long volume = bytes(out.pixelCount(), out.kind());
		return new MemoryEstimate(unreadBytes, times(volume, volumes), volume, times(bytes(out.pixelCount(),
			shownKind(out.kind())), volumes), "ImageJ image");
	}

	/**
	 * What the op gives for these inputs, {@code null} for a table or no input. An op that cannot say its output
	 * size for them (bad parameters are reported later, by the call) is assumed to give a float32 image the size of
	 * its largest input.
	 */
	private static ImageInfo resultInfo(final Op op, final Parameters params, final List<ImageInfo> inputs) {
		ImageInfo largest = null;
		for (final ImageInfo info : inputs)
			if (largest == null || info.pixelCount() > largest.pixelCount()) largest = info;
		if (op.outputKind() == OutputKind.TABLE || largest == null) return null;
		try {
			return op.outputInfo(inputs, params);
		}
		catch (final RuntimeException e) {
			// NB: e.g. a crop outside the image: the call itself says so, with its message.
			return largest.withKind(PixelKind.FLOAT32);
		}
	}

	/** The kind an image of {@code kind} is written or shown in: uint8 and uint16 as they are, the rest as float32. */
	private static PixelKind shownKind(final PixelKind kind) {
		return kind == PixelKind.UINT8 || kind == PixelKind.UINT16 ? kind : PixelKind.FLOAT32;
	}

	/** Everything together. */
	public long total() {
		return saturatingAdd(saturatingAdd(inputs, result), saturatingAdd(working, copy));
	}

	/** The inputs still to be read. */
	public long inputs() {
		return inputs;
	}

	/** Whether the call fits in {@code available} bytes. */
	public boolean fits(final long available) {
		return total() <= available;
	}

	/**
	 * What was counted against what is free, e.g. {@code the call needs about 3.0 GiB (inputs 1.0 GiB, result 1.0 GiB,
	 * working copies 1.0 GiB, writing 4.0 MiB) but only 900 MiB is free (maximum 2.0 GiB)}.
	 */
	public String summary(final long available) {
		return String.format(Locale.ROOT, "the call needs about %s (inputs %s, result %s, working copies %s, %s %s) " +
			"but only %s is free (maximum %s)", size(total()), size(inputs), size(result), size(working), copyName,
			size(copy), size(available), size(Runtime.getRuntime().maxMemory()));
	}

	/** The heap this Java may still use: its maximum minus what is in use now (garbage included). */
	public static long available() {
		final Runtime r = Runtime.getRuntime();
		return r.maxMemory() - (r.totalMemory() - r.freeMemory());
	}

	/** Whole GiB for {@code -Xmx}: the need plus a quarter for the JVM's own use, at least 1. */
	public static long suggestedGiB(final long bytes) {
		return Math.max(1, (long) Math.ceil(bytes * 1.25 / GIB));
	}

	/** Bytes in binary units, e.g. {@code 1.5 GiB}. */
	public static String size(final long bytes) {
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

	/** Bytes of {@code pixels} pixels of {@code kind} (8 for an unknown kind), saturating. */
	public static long bytes(final long pixels, final PixelKind kind) {
		final int per = kind == null ? 8 : kind.bytesPerPixel();
		return pixels > Long.MAX_VALUE / per ? Long.MAX_VALUE : pixels * per;
	}

	private static long sumBytes(final List<ImageInfo> inputs) {
		long in = 0;
		for (final ImageInfo info : inputs)
			in = saturatingAdd(in, bytes(info.pixelCount(), info.kind()));
		return in;
	}

	private static long times(final long bytes, final long count) {
		return count > 0 && bytes > Long.MAX_VALUE / count ? Long.MAX_VALUE : bytes * count;
	}

	private static long saturatingAdd(final long a, final long b) {
		final long s = a + b;
		return s < 0 ? Long.MAX_VALUE : s;
	}
}
