package io.github.fijidispatch.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.fiji.DispatchCommandService;
import ij.Macro;
import ij.macro.Interpreter;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code macro FILE.ijm [ARG ...]}: runs an ImageJ 1 macro in batch mode with
 * the suite's commands ({@code run("Gaussian Blur (Dispatch)", "sigma=2")}),
 * registered from the {@code plugins.config} on the class path
 * ({@link ClassPathCommands}). The words after the file form the macro's
 * {@code getArgument()}. It never blocks: every dialog ImageJ opens is closed
 * and reported ({@link DialogWatchdog}); a macro error, a dialog or a failed
 * command ends with its message on standard error and exit code 1. Needs a
 * display for ImageJ 1's command table: {@code scripts/fiji-dispatch} runs it
 * under Xvfb when there is none.
 */
@Plugin(type = Subcommand.class)
public class MacroCommand implements Subcommand {

	@Parameter
	private DispatchCommandService commands;

	@Override
	public String name() {
		return "macro";
	}

	@Override
	public String summary() {
		return "runs an ImageJ macro headless (batch mode) with the suite's commands";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch macro FILE.ijm [ARG ...]\n" +
			"  ARG ...  joined with spaces into the macro's getArgument(), e.g. input=in.png output=out.tif\n" +
			"  The macro runs in batch mode; print() goes to standard output. A macro error, a failed command or\n" +
			"  any dialog (e.g. a command missing its options) ends the run with exit code 1; nothing waits for a click.";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		if (args.isEmpty()) throw new IllegalArgumentException("give the macro file; " + usage());
		final File file = new File(args.get(0));
		if (!file.isFile()) throw new IllegalArgumentException("macro file '" + file + "' does not exist" +
			(file.isDirectory() ? " (it is a folder)" : ""));
		ClassPathCommands.install();
		final String macro = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
		final String argument = String.join(" ", args.subList(1, args.size()));
		final int failuresBefore = commands.commandFailures().size();
		Interpreter.batchMode = true;
		final Interpreter interpreter = new Interpreter();
		final String result;
		final List<String> dialogs;
		String canceled = null;
		try (DialogWatchdog watchdog = new DialogWatchdog().start()) {
			String r = null;
			try {
				r = interpreter.run(macro, argument);
			}
			catch (final RuntimeException e) {
				// NB: ImageJ ends a macro with this exception once its error dialog is closed.
				if (!Macro.MACRO_CANCELED.equals(e.getMessage())) throw e;
				canceled = "the macro was canceled";
			}
			result = r;
			dialogs = watchdog.closedDialogs();
		}
		final List<String> problems = new ArrayList<>(dialogs);
		final List<String> failures = commands.commandFailures();
		problems.addAll(failures.subList(Math.min(failuresBefore, failures.size()), failures.size()));
		if (canceled != null && problems.isEmpty()) problems.add(canceled);
		if (interpreter.wasError() && dialogs.isEmpty())
			problems.add("macro error" + (interpreter.getErrorMessage() == null ? "" : ": " + interpreter.getErrorMessage()));
		if (!problems.isEmpty()) {
			System.err.println("fiji-dispatch macro: " + file + " failed: " + String.join("; ", problems));
			return 1;
		}
		if (result != null && !result.isEmpty()) out.println(result);
		return 0;
	}
}
