package io.github.fijidispatch.zarr;

import java.io.IOException;

/**
 * An OME-Zarr output the suite will not write, refused before anything is written: a file where the image's folder
 * must go, a folder that already holds data (unless overwriting was asked), or one holding data that is not a Zarr
 * hierarchy (which the suite never deletes). Its message names the path and what to do instead. Like
 * {@link ZarrFormatException} for inputs, it is a fault of the call, not of the machine.
 */
public class ZarrOutputRefusedException extends IOException {

	private static final long serialVersionUID = 1L;

	public ZarrOutputRefusedException(final String message) {
		super(message);
	}
}
