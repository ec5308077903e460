package io.github.fijidispatch.cli;

/**
 * Base of the tests that run the command line in this JVM ({@link CommandLineRun}):
 * {@link #run} returns the exit code and keeps that run's standard output and
 * error in {@link #out} and {@link #err}.
 */
abstract class AbstractCommandLineTest {

	/** The standard output of the last {@link #run}. */
	protected String out;

	/** The standard error of the last {@link #run}. */
	protected String err;

	/** Runs the command line with {@code args}; its exit code. */
	protected int run(final String... args) {
		final CommandLineRun r = CommandLineRun.of(args);
		out = r.out;
		err = r.err;
		return r.code;
	}
}
