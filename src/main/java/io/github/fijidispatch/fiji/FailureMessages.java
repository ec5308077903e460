package io.github.fijidispatch.fiji;

import java.io.UncheckedIOException;

import io.github.fijidispatch.dispatch.DispatchException;

/**
 * The one-line message a menu command or a macro shows for a failed run,
 * never a stack trace: a refusal (bad input), a dispatch or file failure
 * says what its innermost cause says; running out of memory says so and how
 * to raise the limit; anything else is named as an unexpected failure with
 * its kind, so that it can be reported.
 */
final class FailureMessages {

	private FailureMessages() {
		// NB: static utility
	}

	static String of(final Throwable failure) {
		final Throwable root = root(failure);
		if (root instanceof OutOfMemoryError) return "out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20) +
			" MiB heap): give ImageJ more in Edit > Options > Memory & Threads..., or run by blocks (Plugins > Dispatch > " +
			"OME-Zarr)";
		final String message = root.getMessage() == null ? root.toString() : root.getMessage();
		if (known(failure) || known(root)) return message;
		return "unexpected failure: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root
			.getMessage());
	}

	/** The innermost cause: what the op's validation said. */
	static Throwable root(final Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t)
			t = t.getCause();
		return t;
	}

	private static boolean known(final Throwable t) {
		return t instanceof IllegalArgumentException || t instanceof IllegalStateException ||
			t instanceof DispatchException || t instanceof UncheckedIOException || t instanceof java.io.IOException;
	}
}
