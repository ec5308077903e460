package io.github.fijidispatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.ij.OutputFormat;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.MemoryEstimate;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;

/**
 * The checks {@code run} makes before it reads a big input or computes
 * anything, so that a call that cannot end well fails at once and leaves
 * every file as it was:
 * <ul>
 * <li>the output's extension fits the result (an image to .tif/.tiff/.png,
 * PNG 2D only; a table to .csv/.json);</li>
 * <li>the output can be created: not a folder or device, in a folder that
 * exists or can be created and that accepts a new file (a temporary file is
 * created there and deleted);</li>
 * <li>the heap holds inputs, result, temporaries and the writer's copy
 * ({@link MemoryEstimate}, from the inputs' headers);</li>
 * <li>the output's folder has the space for the result, where the file
 * system says.</li>
 * </ul>
 * Each refusal names the problem and the fix: a bad output or too little
 * memory is bad input (exit code 2), too little disk space a failure (1).
 */
final class Preflight {

	/** Room for a TIFF header and ImageJ's metadata beyond the pixels. */
	private static final long HEADER_ROOM = 64 * 1024;

	private Preflight() {
		// NB: static holder
	}

	/**
	 * @param inputs the inputs' sizes from their headers ({@code null} entries
	 *          for inputs whose header could not be read: their reader reports them)
	 * @param output the output path, or {@code null} for none
	 * @throws BadInputException for a bad output or too little memory
	 * @throws IOException for too little free space
	 */
	static void check(final Op op, final Parameters params, final List<ImageInfo> inputs, final String output)
		throws IOException
	{
		final ImageInfo result = result(op, params, inputs);
		Path folder = null;
		if (output != null) {
			final OutputFormat format = OutputFormat.forResult(op.id(), op.outputKind(), output);
			if (format == OutputFormat.PNG && result != null && result.numDimensions() > 2 && result.dimension(2) > 1)
				throw new BadInputException(op.id() + " gives a 3D image (" + result.sizeString() + "): output '" + output +
					"' cannot be PNG, which holds 2D images; use .tif", op.id(), "output", output, ".tif, .tiff");
			try {
				folder = AtomicFile.checkWritable(Paths.get(output));
			}
			catch (final IOException e) {
				throw new BadInputException(e.getMessage() + "; choose another output", op.id(), "output", output,
					"a file in a folder this user may write");
			}
		}
		if (!inputs.contains(null)) {
			final String refusal = memoryRefusal(op.id(), MemoryEstimate.forFileRun(op, params, inputs),
				MemoryEstimate.available());
			if (refusal != null) throw new BadInputException(refusal, op.id(), "input", String.join(" ", sizes(inputs)),
				"inputs that fit in the Java heap (" + MemoryEstimate.size(Runtime.getRuntime().maxMemory()) + ")");
		}
		if (folder != null && result != null) checkSpace(folder, output, fileBytes(result));
	}

	/**
	 * A refusal when the call needs more than {@code available} bytes, saying what it needs, what would fit and how
	 * to give more memory; {@code null} when it fits.
	 */
	private static String memoryRefusal(final String opId, final MemoryEstimate estimate, final long available) {
		if (estimate.fits(available)) return null;
		final long need = estimate.total();
		final long inUse = Runtime.getRuntime().maxMemory() - available;
		final double fits = estimate.inputs() == 0 ? 0 : estimate.inputs() * (double) available / need;
		return String.format(Locale.ROOT, "%s: the inputs are too large for this Java's memory: %s; inputs up to about " +
			"%s fit. Give more memory with %s=-Xmx%dg, or use a smaller input", opId, estimate.summary(available),
			MemoryEstimate.size((long) fits), ErrorReport.JAVA_OPTS, MemoryEstimate.suggestedGiB(need + inUse));
	}

	private static void checkSpace(final Path folder, final String output, final long need) throws IOException {
		final long usable = folder.toFile().getUsableSpace();
		// NB: 0 means "unknown" for getUsableSpace (and /proc-like folders are refused above).
		if (usable > 0 && usable < need) throw new IOException("not enough free space for '" + output + "': it needs about " +
			MemoryEstimate.size(need) + " but " + folder + " has " + MemoryEstimate.size(usable) +
			" free; free some space or write elsewhere (the old file, if any, is kept until the new one is complete)");
	}

	private static ImageInfo result(final Op op, final Parameters params, final List<ImageInfo> inputs) {
		if (op.outputKind() == OutputKind.TABLE || inputs.isEmpty() || inputs.contains(null)) return null;
		try {
			return op.outputInfo(inputs, params);
		}
		catch (final RuntimeException e) {
			// NB: a call the op refuses is reported by the call itself, with its own message.
			return null;
		}
	}

	/** The result's size on disk as the encoder stores it: 8-bit, 16-bit or 32-bit. */
	private static long fileBytes(final ImageInfo result) {
		final int per = result.kind() == PixelKind.UINT8 ? 1 : result.kind() == PixelKind.UINT16 ? 2 : 4;
		return result.pixelCount() * per + HEADER_ROOM;
	}

	private static String[] sizes(final List<ImageInfo> inputs) {
		final String[] s = new String[inputs.size()];
		for (int i = 0; i < s.length; i++)
			s[i] = inputs.get(i).toString();
		return s;
	}
}
