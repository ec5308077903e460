package io.github.fijidispatch.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import io.github.fijidispatch.fiji.DispatchCommandService;
import ij.macro.Interpreter;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code macro FILE.ijm [ARG ...]}: runs an ImageJ 1 macro in batch mode with
 * the suite's commands ({@code run("Gaussian Blur (Dispatch)", "sigma=2")}).
 * The words after the file form the macro's {@code getArgument()}. Needs a
 * display for ImageJ 1's command table: {@code scripts/fiji-dispatch} runs it
 * under {@code xvfb-run} when there is none.
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
			"  The macro runs in batch mode; print() goes to standard output.";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		if (args.isEmpty()) throw new IllegalArgumentException("give the macro file; " + usage());
		final File file = new File(args.get(0));
		if (!file.isFile()) throw new IllegalArgumentException("macro file '" + file + "' does not exist");
		if (commands.bridge() == null) throw new IllegalStateException("the suite's commands are not registered in ImageJ 1: " +
			"it needs a display; run through scripts/fiji-dispatch (which uses xvfb-run) or install xvfb");
		final String macro = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
		final String argument = String.join(" ", args.subList(1, args.size()));
		Interpreter.batchMode = true;
		final Interpreter interpreter = new Interpreter();
		final String result = interpreter.run(macro, argument);
		if (interpreter.wasError()) {
			out.println("macro " + file + " failed" + (interpreter.getErrorMessage() == null ? "" : ": " + interpreter.getErrorMessage()));
			return 1;
		}
		if (result != null && !result.isEmpty()) out.println(result);
		return 0;
	}
}
