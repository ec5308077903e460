package io.github.fijidispatch.fiji;

import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.pipeline.BlockwiseCall;

/**
 * The folder fields of the OME-Zarr commands, checked before anything is read: a value that is not an OME-Zarr
 * folder name is refused naming the command, the field, the value and what is allowed.
 */
final class ZarrPaths {

	private ZarrPaths() {
		// NB: functions only
	}

	/**
	 * The trimmed path, which must name an OME-Zarr folder ({@code .zarr} at the end).
	 *
	 * @param what the op id or the command that asks, for the message
	 * @throws BadInputException for an empty value or a path that does not end in {@code .zarr}
	 */
	static String requireZarr(final String what, final String field, final String value) {
		final String path = value == null ? "" : value.trim();
		if (path.isEmpty()) throw new BadInputException(what + ": " + field + " is empty; give an OME-Zarr folder " +
			"(a path ending in .zarr)", null, field, value, "a folder ending in .zarr");
		if (!BlockwiseCall.isZarr(path)) throw new BadInputException(what + ": " + field + " = \"" + value + "\" is not " +
			"an OME-Zarr folder; allowed: a path ending in .zarr", null, field, value, "a folder ending in .zarr");
		return path;
	}

	/**
	 * {@code null} for an empty output: an op that returns a table shows it and writes no folder.
	 *
	 * @throws BadInputException for any other value
	 */
	static String requireEmpty(final String what, final String value) {
		if (value == null || value.trim().isEmpty()) return null;
		throw new BadInputException(what + " returns a table, not an image: leave output empty (the table is shown as " +
			"Results), not \"" + value + "\"", null, "output", value, "empty");
	}

	/** A block size as text, e.g. {@code 128x128x64}. */
	static String sizeText(final long[] block) {
		final StringBuilder s = new StringBuilder();
		for (final long b : block)
			s.append(s.length() == 0 ? "" : "x").append(b);
		return s.toString();
	}
}
