package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A Zarr file that the suite cannot read as it is: its message names the file
 * and the problem (a missing {@code .zarray}, a dtype the suite does not hold,
 * chunks that do not match the array, a truncated chunk, a corrupt compressed
 * stream, an array that was not completely written).
 */
public class ZarrFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public ZarrFormatException(final Path file, final String problem) {
		this(file, problem, null);
	}

	public ZarrFormatException(final Path file, final String problem, final Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** The file or folder at fault. */
	public Path file() {
		return file;
	}
}
