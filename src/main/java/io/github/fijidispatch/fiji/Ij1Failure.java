package io.github.fijidispatch.fiji;

import java.util.Locale;

import ij.IJ;
import ij.macro.Interpreter;

/**
 * Reports a failure of the suite in ImageJ 1 the way ImageJ's own commands do, naming what failed as the user called
 * it (a command's menu label, a macro function's name), and records it on the command service when there is one.
 * <p>
 * NB: {@code IJ.error} is ImageJ's own rule: a dialog with a GUI, standard output in {@code -batch} (no ImageJ
 * window), and a running macro aborts. In batch mode (a macro's {@code setBatchMode(true)}, or {@code -batch})
 * nothing may wait for a click: the message goes to the Log (standard output under {@code -batch}) and the running
 * macro ends, as a cancelled one does.
 * </p>
 */
final class Ij1Failure {

	private Ij1Failure() {
		// NB: static holder
	}

	/**
	 * @param service where failures are recorded ({@link DispatchCommandService#commandFailed}), or {@code null}
	 * @param what what failed, as the user called it
	 * @param message what went wrong; not prefixed again when it already starts with {@code what}
	 */
	static void report(final DispatchCommandService service, final String what, final String message) {
		final String text = startsWith(message, what + ": ") ? message : what + ": " + message;
		if (service != null) service.commandFailed(what, text.substring(what.length() + 2));
		if (Interpreter.isBatchMode()) {
			// NB: not IJ.error, which in a macro ends in the macro error dialog (and waits for a click in -batch too).
			IJ.log("Fiji Dispatch: " + text);
			// NB: ends the running macro at its next statement, as the macro editor's Abort does, without a dialog.
			Interpreter.abort();
			return;
		}
		IJ.error("Fiji Dispatch", text);
	}

	private static boolean startsWith(final String text, final String prefix) {
		return text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
	}
}
