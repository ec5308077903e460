package io.github.fijidispatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.MemoryEstimate;
import io.github.fijidispatch.zarr.ZarrFormatException;
import io.github.fijidispatch.zarr.ZarrOutputRefusedException;

/**
 * What the command line tells the user about a failed command: the exit code
 * (2 bad usage or input, including input too large for the memory, a malformed
 * OME-Zarr input and an OME-Zarr output that may not be written; 1 a failure),
 * one line of text, and the same as a JSON object for {@code --json}. Never a
 * Java stack trace: that is for {@code --verbose}.
 */
final class ErrorReport {

	/** The environment variable {@code scripts/fiji-dispatch} passes to java. */
	static final String JAVA_OPTS = "FIJI_DISPATCH_JAVA_OPTS";

	final int exitCode;
	final String message;
	private final String kind;
	private final BadInputException parts;

	private ErrorReport(final int exitCode, final String kind, final String message, final BadInputException parts) {
		this.exitCode = exitCode;
		this.kind = kind;
		this.message = message;
		this.parts = parts;
	}

	/** The report for {@code failure}, thrown by the command named {@code command} (or {@code null} before one was chosen). */
	static ErrorReport of(final String command, final Throwable failure) {
		// NB: a message that names the command already ("bench: ...", "bench --cells: ...") is not prefixed twice
		final String own = failure.getMessage();
		final boolean named = command != null && own != null && (own.startsWith(command + ": ") || own.startsWith(
			command + " --"));
		final String prefix = "fiji-dispatch" + (command == null || named ? "" : " " + command) + (named ? " " : ": ");
		final OutOfMemoryError oom = find(failure, OutOfMemoryError.class);
		if (oom != null) return new ErrorReport(2, "memory", prefix + outOfMemory(), null);
		if (failure instanceof IllegalArgumentException) return new ErrorReport(2, "bad-input", prefix + failure.getMessage(),
			find(failure, BadInputException.class));
		// NB: a malformed OME-Zarr input and an output the writer refuses are faults of the call, as a bad TIFF is
		Throwable badZarr = find(failure, ZarrFormatException.class);
		if (badZarr == null) badZarr = find(failure, ZarrOutputRefusedException.class);
		if (badZarr != null) return new ErrorReport(2, "bad-input", prefix + badZarr.getMessage(), null);
		if (failure instanceof DispatchException) return new ErrorReport(1, "failure", prefix + failure.getMessage(), null);
		if (failure instanceof FileSystemException) return new ErrorReport(1, "io", prefix + fileProblem((FileSystemException) failure),
			null);
		if (failure instanceof IOException || failure instanceof UncheckedIOException) return new ErrorReport(1, "io",
			prefix + failure.getMessage(), null);
		return new ErrorReport(1, "unexpected", prefix + "unexpected failure: " + failure.getClass().getSimpleName() +
			(failure.getMessage() == null ? "" : ": " + failure.getMessage()) + " (--verbose prints the Java stack trace)", null);
	}

	/** {@code {"ok": false, "error": {...}}} with the parts that are known. */
	Map<String, Object> toMap() {
		final Map<String, Object> error = new LinkedHashMap<>();
		error.put("kind", kind);
		if (parts != null) {
			if (parts.op() != null) error.put("op", parts.op());
			if (parts.parameter() != null) error.put("parameter", parts.parameter());
			if (parts.value() != null) error.put("value", parts.value());
			if (parts.allowed() != null) error.put("allowed", parts.allowed());
		}
		error.put("message", message);
		error.put("exitCode", exitCode);
		final Map<String, Object> outcome = new LinkedHashMap<>();
		outcome.put("ok", false);
		outcome.put("error", error);
		return outcome;
	}

	/** The advice for a heap that was too small: its size and how to give more. */
	static String outOfMemory() {
		return String.format(Locale.ROOT, "ran out of memory (this Java may use %s); give more with %s=-Xmx%dg, or use a smaller input",
			MemoryEstimate.size(Runtime.getRuntime().maxMemory()), JAVA_OPTS, MemoryEstimate.suggestedGiB(2 * Runtime.getRuntime().maxMemory()));
	}

	/** Java's file errors say only the path; say what is wrong with it too. */
	private static String fileProblem(final FileSystemException e) {
		final String what = e instanceof NoSuchFileException ? "no such file or folder" : e instanceof AccessDeniedException ?
			"permission denied" : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
		return "'" + e.getFile() + "': " + what + (e.getOtherFile() == null ? "" : " ('" + e.getOtherFile() + "')");
	}

	private static <T extends Throwable> T find(final Throwable t, final Class<T> type) {
		for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause())
			if (type.isInstance(c)) return type.cast(c);
		return null;
	}
}
