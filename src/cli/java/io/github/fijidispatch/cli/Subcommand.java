package io.github.fijidispatch.cli;

import java.io.PrintStream;
import java.util.List;

import org.scijava.plugin.SciJavaPlugin;

/**
 * One subcommand of {@code scripts/fiji-dispatch} ({@code info}, {@code run},
 * {@code demo}, ...). A SciJava plugin: {@code @Plugin(type = Subcommand.class,
 * name = "info")}, so a new subcommand is one new class. Services are
 * injected with {@code @Parameter}.
 */
public interface Subcommand extends SciJavaPlugin {

	/** The word after {@code fiji-dispatch}, e.g. {@code run}. */
	String name();

	/** One line for the help listing. */
	String summary();

	/** Usage lines (synopsis and options). */
	String usage();

	/**
	 * Runs the subcommand with the words after its name (parse them with
	 * {@link Arguments}).
	 *
	 * @return the process exit code (0 success, 1 failure, 2 bad usage)
	 * @throws IllegalArgumentException for bad usage or input: printed as one
	 *           error line with exit code 2
	 */
	int run(List<String> args, PrintStream out) throws Exception;
}
