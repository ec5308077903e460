package io.github.fijidispatch.fiji;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.op.Flags;

/**
 * Backend control from a macro without {@code Ext.} (ImageJ 1 allows one
 * extension set at a time, and CLIJ2 users need theirs):
 * <pre>
 * call("io.github.fijidispatch.fiji.MacroFunctions.setMode", "priority");
 * call("io.github.fijidispatch.fiji.MacroFunctions.prefer", "clij2,imglib2");
 * run("Gaussian Blur (Dispatch)", "sigma=2");
 * print(call("io.github.fijidispatch.fiji.MacroFunctions.lastDecision"));
 * </pre>
 * Every function takes and returns text, as {@code call} requires; setters
 * return the new state. A bad value fails as a menu command does
 * ({@link Ij1Failure}): a message naming the function and saying what is
 * allowed, and the macro ends (no Java stack trace, which ImageJ's
 * {@code call} would print before going on).
 */
public final class MacroFunctions {

	private MacroFunctions() {
		// NB: static entry points for ImageJ 1's call(...)
	}

	/** Sets the global mode: {@code auto}, {@code priority} or {@code off}. */
	public static String setMode(final String mode) {
		return refusing("setMode", () -> {
			final DispatchMode m = DispatchMode.parse(mode);
			if (m == null) throw new IllegalArgumentException("mode \"" + mode + "\" is not allowed; expected auto, " +
				"priority or off");
			dispatch().settings().setMode(m);
			return m.id();
		});
	}

	/** Sets the global backend priority, e.g. {@code clij2,imglib2}. */
	public static String setPriority(final String backendIds) {
		return refusing("setPriority", () -> {
			dispatch().settings().setPriority(ids(backendIds));
			return String.join(",", dispatch().settings().priority());
		});
	}

	/** Switches run-time fallback on or off ({@code true}/{@code false}). */
	public static String setFallback(final String fallback) {
		return refusing("setFallback", () -> {
			final Boolean b = Flags.parse(fallback);
			if (b == null) throw new IllegalArgumentException("\"" + fallback + "\" is not allowed; expected true or " +
				"false");
			dispatch().settings().setFallback(b);
			return String.valueOf(b);
		});
	}

	/** Prefers these backends for the following commands (until {@link #clearPreference}). */
	public static String prefer(final String backendIds) {
		return refusing("prefer", () -> {
			final List<String> ids = known(backendIds);
			Ij1Host.service().macroPreference().prefer(ids);
			return Ij1Host.service().macroPreference().toString();
		});
	}

	/** Restricts the following commands to these backends (until {@link #clearPreference}). */
	public static String only(final String backendIds) {
		return refusing("only", () -> {
			final List<String> ids = known(backendIds);
			Ij1Host.service().macroPreference().only(ids);
			return Ij1Host.service().macroPreference().toString();
		});
	}

	public static String clearPreference() {
		Ij1Host.service().macroPreference().clear();
		return "none";
	}

	/** The settings and macro preference as one line. */
	public static String settings() {
		return dispatch().settings() + " macro-preference=" + Ij1Host.service().macroPreference();
	}

	/** The backend that ran the last call, or "" when none ran. */
	public static String lastBackend() {
		final CallRecord r = dispatch().trace().last();
		return r == null || r.backendId() == null ? "" : r.backendId();
	}

	/** The last call's decision as text (candidates with reasons), or "" when none ran. */
	public static String lastDecision() {
		final CallRecord r = dispatch().trace().last();
		return r == null ? "" : r.decision().describe() + r;
	}

	/** The installed backend ids, comma-separated. */
	public static String backends() {
		return String.join(",", BackendChoice.choices(dispatch()).subList(1, BackendChoice.choices(dispatch()).size()));
	}

	/** Extracts the bundled sample image (cell.png, CC0) to a temporary file and returns its path. */
	public static String samplePath() throws IOException {
		return sampleFile().getAbsolutePath();
	}

	/** The bundled sample image {@code cell.png} as a temporary file. */
	public static File sampleFile() throws IOException {
		final File file = File.createTempFile("fiji-dispatch-cell-", ".png");
		file.deleteOnExit();
		try (InputStream in = MacroFunctions.class.getResourceAsStream("/io/github/fijidispatch/samples/cell.png")) {
			if (in == null) throw new IOException("the sample image io/github/fijidispatch/samples/cell.png is missing from the class path");
			AtomicFile.copy(in, file.toPath());
		}
		return file;
	}

	/**
	 * {@code body}'s text, or "" when it refuses its value: ImageJ's {@code call} prints the Java stack trace of
	 * anything thrown and goes on with the macro, so a refusal is reported as a failing command is
	 * ({@link Ij1Failure}: the message in the Log and the macro ended in batch mode, else ImageJ's error).
	 */
	private static String refusing(final String function, final Supplier<String> body) {
		try {
			return body.get();
		}
		catch (final IllegalArgumentException e) {
			Ij1Failure.report(serviceIfAny(), "MacroFunctions." + function, e.getMessage());
			return "";
		}
	}

	/** The command service, or {@code null} when there is none to record a failure on. */
	private static DispatchCommandService serviceIfAny() {
		try {
			return Ij1Host.service();
		}
		catch (final RuntimeException e) {
			return null;
		}
	}

	private static DispatchService dispatch() {
		return Ij1Host.service().context().service(DispatchService.class);
	}

	private static List<String> ids(final String text) {
		final List<String> ids = new ArrayList<>();
		if (text != null) for (final String part : text.split("[,\\s]+"))
			if (!part.isEmpty()) ids.add(part);
		return ids;
	}

	private static List<String> known(final String text) {
		final List<String> ids = ids(text);
		for (final String id : ids)
			if (dispatch().backend(id) == null) throw new IllegalArgumentException("unknown backend '" + id +
				"'; installed: " + backends());
		return ids;
	}
}
