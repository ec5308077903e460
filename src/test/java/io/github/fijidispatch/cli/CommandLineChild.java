package io.github.fijidispatch.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line in a JVM of its own, for the tests that bound its heap or
 * kill it: this JVM's {@code java} and class path, headless, stderr merged
 * into stdout.
 */
final class CommandLineChild {

	private CommandLineChild() {
		// NB: static holder
	}

	/**
	 * Starts {@code fiji-dispatch ARGS...}.
	 *
	 * @param heapBytes the child's {@code -Xmx}, or 0 for the JVM's default
	 */
	static Process start(final long heapBytes, final String... args) throws IOException {
		final List<String> command = new ArrayList<>();
		command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
		if (heapBytes > 0) command.add("-Xmx" + (heapBytes >> 20) + "m");
		command.addAll(Arrays.asList("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class
			.getName()));
		command.addAll(Arrays.asList(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** Everything the child printed, until it closes its output. */
	static String output(final Process p) throws IOException {
		final StringBuilder text = new StringBuilder();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = lines.readLine()) != null;)
				text.append(line).append('\n');
		}
		return text.toString();
	}
}
