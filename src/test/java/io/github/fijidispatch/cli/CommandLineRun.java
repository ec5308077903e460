package io.github.fijidispatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One in-process run of the command line: its exit code, stdout and stderr. */
final class CommandLineRun {

	final int code;
	final String out;
	final String err;

	private CommandLineRun(final int code, final String out, final String err) {
		this.code = code;
		this.out = out;
		this.err = err;
	}

	static CommandLineRun of(final String... args) {
		final ByteArrayOutputStream o = new ByteArrayOutputStream();
		final ByteArrayOutputStream e = new ByteArrayOutputStream();
		final int code = Main.run(Arrays.asList(args), new PrintStream(o, true), new PrintStream(e, true));
		return new CommandLineRun(code, new String(o.toByteArray(), StandardCharsets.UTF_8),
			new String(e.toByteArray(), StandardCharsets.UTF_8));
	}

	/**
	 * Like {@link #of}, with {@code System.out} pointing at the same stream as
	 * the command line's standard output, as in a real process: whatever a
	 * library prints with {@code System.out} lands in {@link #out} too.
	 */
	static CommandLineRun asProcess(final String... args) {
		final ByteArrayOutputStream o = new ByteArrayOutputStream();
		final ByteArrayOutputStream e = new ByteArrayOutputStream();
		final PrintStream stdout = new PrintStream(o, true);
		final PrintStream saved = System.out;
		System.setOut(stdout);
		final int code;
		try {
			code = Main.run(Arrays.asList(args), stdout, new PrintStream(e, true));
		}
		finally {
			System.setOut(saved);
		}
		return new CommandLineRun(code, new String(o.toByteArray(), StandardCharsets.UTF_8),
			new String(e.toByteArray(), StandardCharsets.UTF_8));
	}

	/** One line of text and no Java stack trace. */
	boolean errIsOneLine() {
		return !err.trim().isEmpty() && err.trim().indexOf('\n') < 0 && !err.contains("\tat ");
	}

	@Override
	public String toString() {
		return "exit " + code + "\nstdout: " + out + "\nstderr: " + err;
	}
}
