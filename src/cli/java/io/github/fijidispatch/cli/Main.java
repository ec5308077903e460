package io.github.fijidispatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.fijidispatch.fiji.StandaloneContexts;

import org.scijava.Context;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.plugin.PluginService;

/**
 * {@code scripts/fiji-dispatch}: the command line without Fiji. Creates a
 * SciJava context, finds the {@link Subcommand} plugins and runs the one
 * named by the first word. Exit codes: 0 success, 1 failure, 2 bad usage or
 * bad input. A failure is one line on stderr ({@link ErrorReport}); the Java
 * stack trace only with {@code --verbose}.
 * <p>
 * With {@code --json}, standard output carries exactly one JSON object,
 * whatever happens: the command's own object with {@code "ok": true} (or
 * {@code false} for a non-zero exit code) added, or
 * {@code {"ok": false, "error": {...}}}. Anything else that would go to
 * standard output meanwhile (ImageJ 1 prints some messages there) goes to
 * stderr.
 */
public final class Main {

	private Main() {
		// NB: entry point only
	}

	public static void main(final String[] args) {
		System.exit(run(Arrays.asList(args), System.out, System.err));
	}

	/** Runs the command line in this JVM; returns the exit code. */
	public static int run(final List<String> args, final PrintStream out, final PrintStream err) {
		final boolean verbose = args.contains("--verbose");
		final boolean json = args.contains("--json");
		final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		final PrintStream commandOut = json ? utf8(buffer) : out;
		final PrintStream systemOut = System.out;
		if (json) System.setOut(err);
		final String[] command = { null };
		try {
			final int code = run(args, commandOut, err, verbose, command);
			if (json) {
				commandOut.flush();
				out.println(withOk(new String(buffer.toByteArray(), StandardCharsets.UTF_8), code));
			}
			return code;
		}
		catch (final Exception | LinkageError | VirtualMachineError e) {
			final ErrorReport report = ErrorReport.of(command[0], e);
			err.println(report.message);
			if (verbose) e.printStackTrace(err);
			if (json) out.println(Json.write(report.toMap()));
			return report.exitCode;
		}
		finally {
			if (json) System.setOut(systemOut);
		}
	}

	private static int run(final List<String> args, final PrintStream out, final PrintStream err, final boolean verbose,
		final String[] chosen) throws Exception
	{
		final Context context = StandaloneContexts.create();
		try {
			final LogService log = context.service(LogService.class);
			if (!verbose) log.setLevel(LogLevel.WARN);
			final Map<String, Subcommand> commands = new TreeMap<>();
			for (final Subcommand c : context.service(PluginService.class).createInstancesOfType(Subcommand.class))
				commands.putIfAbsent(c.name(), c);
			if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
				if (args.size() > 1 && commands.containsKey(args.get(1))) out.println(commands.get(args.get(1)).usage());
				else printHelp(commands, out);
				return args.isEmpty() ? 2 : 0;
			}
			final Subcommand command = commands.get(args.get(0));
			if (command == null) throw new IllegalArgumentException("unknown command '" + args.get(0) + "'; commands: " +
				String.join(", ", commands.keySet()));
			chosen[0] = command.name();
			final List<String> rest = new ArrayList<>(args.subList(1, args.size()));
			rest.remove("--verbose");
			if (rest.contains("--help") || rest.contains("-h")) {
				out.println(command.usage());
				return 0;
			}
			return command.run(rest, out);
		}
		finally {
			context.dispose();
		}
	}

	/**
	 * The command's output as one JSON object with {@code "ok"} added: its own
	 * object (one line, as {@link Json} writes it), or its text as
	 * {@code "output"} when it printed something else.
	 */
	static String withOk(final String printed, final int code) {
		final String text = printed.trim();
		final boolean ok = code == 0;
		if (text.startsWith("{") && text.endsWith("}") && text.indexOf('\n') < 0)
			return text.equals("{}") ? "{\"ok\":" + ok + "}" : text.substring(0, text.length() - 1) + ",\"ok\":" + ok + "}";
		final Map<String, Object> wrapped = new LinkedHashMap<>();
		wrapped.put("ok", ok);
		if (!text.isEmpty()) wrapped.put("output", text);
		if (!ok) wrapped.put("exitCode", code);
		return Json.write(wrapped);
	}

	private static PrintStream utf8(final ByteArrayOutputStream buffer) {
		try {
			return new PrintStream(buffer, true, "UTF-8");
		}
		catch (final UnsupportedEncodingException e) {
			throw new IllegalStateException("UTF-8 is always supported", e);
		}
	}

	private static void printHelp(final Map<String, Subcommand> commands, final PrintStream out) {
		out.println("usage: fiji-dispatch <command> [options]   (fiji-dispatch help <command> for its options)");
		out.println();
		for (final Subcommand c : commands.values())
			out.printf("  %-8s %s%n", c.name(), c.summary());
		out.println();
		out.println("Every command accepts --json for machine-readable output (where it prints results) and --verbose.");
	}
}
