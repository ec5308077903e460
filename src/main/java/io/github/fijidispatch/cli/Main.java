package io.github.fijidispatch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.fiji.StandaloneContexts;

import org.scijava.Context;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.plugin.PluginService;

/**
 * {@code scripts/fiji-dispatch}: the command line without Fiji. Creates a
 * SciJava context, finds the {@link Subcommand} plugins and runs the one
 * named by the first word. Exit codes: 0 success, 1 failure, 2 bad usage or
 * bad input.
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
		final Context context = StandaloneContexts.create();
		try {
			final LogService log = context.service(LogService.class);
			if (!args.contains("--verbose")) log.setLevel(LogLevel.WARN);
			final Map<String, Subcommand> commands = new TreeMap<>();
			for (final Subcommand c : context.service(PluginService.class).createInstancesOfType(Subcommand.class))
				commands.putIfAbsent(c.name(), c);
			if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
				if (args.size() > 1 && commands.containsKey(args.get(1))) out.println(commands.get(args.get(1)).usage());
				else printHelp(commands, out);
				return args.isEmpty() ? 2 : 0;
			}
			final Subcommand command = commands.get(args.get(0));
			if (command == null) {
				err.println("fiji-dispatch: unknown command '" + args.get(0) + "'; commands: " + String.join(", ", commands.keySet()));
				return 2;
			}
			final List<String> rest = new ArrayList<>(args.subList(1, args.size()));
			rest.remove("--verbose");
			if (rest.contains("--help") || rest.contains("-h")) {
				out.println(command.usage());
				return 0;
			}
			try {
				return command.run(rest, out);
			}
			catch (final IllegalArgumentException e) {
				err.println("fiji-dispatch " + command.name() + ": " + e.getMessage());
				return 2;
			}
			catch (final DispatchException e) {
				err.println("fiji-dispatch " + command.name() + ": " + e.getMessage());
				return 1;
			}
		}
		catch (final Exception e) {
			err.println("fiji-dispatch: " + e);
			e.printStackTrace(err);
			return 1;
		}
		finally {
			context.dispose();
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
