package io.github.fijidispatch.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM of the survival matrix ({@link SurvivalRun} from a cell
 * index), its records and how it ended. Its stdout and stderr go to files
 * in {@code dir}, and so does a JVM crash log ({@code hs_err_pid*.log}), so
 * that a dead child leaves its evidence behind.
 */
final class SurvivalChild {

	/** The exit value of a child still running when its time was up. */
	static final int TIMED_OUT = -1;

	final int exitValue;
	final List<String> records;
	final Path stdout;
	final Path stderr;

	private SurvivalChild(final int exitValue, final List<String> records, final Path stdout, final Path stderr) {
		this.exitValue = exitValue;
		this.records = records;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/** Deletes the logs of earlier runs from {@code dir}, so that what it holds is this run's evidence. */
	static void clearLogs(final Path dir) throws IOException {
		if (!Files.isDirectory(dir)) return;
		try (java.util.stream.Stream<Path> files = Files.list(dir)) {
			for (final Path f : (Iterable<Path>) files::iterator) {
				final String name = f.getFileName().toString();
				if (name.startsWith("child-from-") || name.startsWith("hs_err_pid")) Files.delete(f);
			}
		}
	}

	/** Runs the cells from {@code from} in a new JVM with this JVM's class path; kills it after {@code seconds}. */
	static SurvivalChild run(final Path dir, final int from, final long seconds) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		final List<String> command = new ArrayList<>();
		command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
		// NB: the same thread stack size as scripts/fiji-dispatch, so the child meets what users meet.
		command.add("-Xss4m");
		command.add("-Djava.awt.headless=true");
		command.add("-XX:ErrorFile=" + dir.toAbsolutePath().resolve("hs_err_pid%p.log"));
		final String costModel = System.getProperty("fiji.dispatch.costmodel");
		if (costModel != null) command.add("-Dfiji.dispatch.costmodel=" + costModel);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(SurvivalRun.class.getName());
		command.add(Integer.toString(from));
		final Path out = dir.resolve("child-from-" + from + ".out");
		final Path err = dir.resolve("child-from-" + from + ".err");
		// NB: the environment is inherited: LD_PRELOAD of libjsig (scripts/test) and CI reach the child.
		final Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
			.redirectError(err.toFile()).start();
		int exit = TIMED_OUT;
		if (p.waitFor(seconds, TimeUnit.SECONDS)) exit = p.exitValue();
		else {
			p.destroyForcibly();
			p.waitFor(30, TimeUnit.SECONDS);
		}
		final List<String> records = new ArrayList<>();
		for (final String line : lines(out))
			if (line.startsWith(SurvivalRun.PREFIX)) records.add(line.substring(SurvivalRun.PREFIX.length()));
		return new SurvivalChild(exit, records, out, err);
	}

	/** The lines of a file; bytes that are not UTF-8 (a native library's output) become replacement characters. */
	private static List<String> lines(final Path file) throws IOException {
		return java.util.Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n"));
	}

	/** How the child ended, for messages: its exit value and, above 128, the signal that killed it. */
	String ending() {
		if (exitValue == TIMED_OUT) return "still running when its time was up (killed)";
		if (exitValue > 128) return "exit " + exitValue + " (killed by signal " + (exitValue - 128) + signalName(exitValue - 128) + ")";
		return "exit " + exitValue;
	}

	private static String signalName(final int signal) {
		switch (signal) {
			case 6: return ", SIGABRT";
			case 9: return ", SIGKILL";
			case 11: return ", SIGSEGV";
			default: return "";
		}
	}

	/** The last lines of the child's stderr (for a failure message). */
	String stderrTail(final int lines) {
		try {
			final List<String> all = lines(stderr);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (final IOException e) {
			return "(stderr unreadable: " + e.getMessage() + ")";
		}
	}
}
