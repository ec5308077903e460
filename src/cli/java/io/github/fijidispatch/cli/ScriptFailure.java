package io.github.fijidispatch.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import javax.script.ScriptException;

import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.op.BadInputException;

/**
 * A script that failed: its error message, with the script's file and line
 * where the engine or the stack says them, and no Java trace (unless
 * verbose). Python errors keep Python's own traceback, without the Java frames
 * Jython mixes in.
 * <p>
 * NB: a {@link DispatchException}, so that the command line prints it as one
 * error on stderr with exit code 1, like any call that could not complete.
 * </p>
 */
final class ScriptFailure extends DispatchException {

	private static final long serialVersionUID = 1L;

	private static final Pattern JAVA_FRAME = Pattern.compile("(?m)^\\s+(at |\\.\\.\\. \\d+ more).*\\R?");

	private ScriptFailure(final String message, final Throwable cause) {
		super(message, cause);
	}

	/**
	 * A failure as the user reads it: the suite's own refusals and failures (a {@link BadInputException} naming the
	 * op, parameter and value; a {@link DispatchException}) by their message, anything else with its Java class, which
	 * tells a script's author what was thrown.
	 */
	private static String describe(final Throwable e) {
		final boolean ours = e instanceof BadInputException || e instanceof DispatchException;
		return ours && e.getMessage() != null ? e.getMessage() : e.toString();
	}

	/** The failure of {@code script}, described for a user; with the Java trace when {@code verbose}. */
	static ScriptFailure of(final File script, final Throwable thrown, final boolean verbose) {
		Throwable e = thrown;
		while (e instanceof ScriptException && e.getCause() != null)
			e = e.getCause();
		final StringBuilder sb = new StringBuilder("script ").append(script.getName()).append(" failed");
		final int line = line(thrown, script);
		if (line > 0) sb.append(" at line ").append(line);
		sb.append(": ").append(JAVA_FRAME.matcher(describe(e)).replaceAll("").trim());
		for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause())
			sb.append("\n  caused by: ").append(JAVA_FRAME.matcher(c.toString()).replaceAll("").trim());
		if (verbose) {
			final StringWriter trace = new StringWriter();
			thrown.printStackTrace(new PrintWriter(trace));
			sb.append("\n").append(trace);
		}
		return new ScriptFailure(sb.toString(), thrown);
	}

	/** The script line the engine reports, else the first stack frame in the script's file; 0 when unknown. */
	private static int line(final Throwable thrown, final File script) {
		for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ScriptException && ((ScriptException) t).getLineNumber() > 0)
				return ((ScriptException) t).getLineNumber();
			for (final StackTraceElement frame : t.getStackTrace())
				if (script.getName().equals(frame.getFileName()) && frame.getLineNumber() > 0) return frame.getLineNumber();
		}
		return 0;
	}
}
