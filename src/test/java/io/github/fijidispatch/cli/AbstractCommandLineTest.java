package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

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

	/**
	 * Asserts that {@code run filter.gauss -i input -o target} refuses the input: exit code 2, {@code named} and every
	 * phrase on standard error, no Java stack trace, nothing written to {@code target}.
	 */
	protected void assertInputRefused(final String input, final String target, final String named,
		final String... phrases)
	{
		assertEquals(2, run("run", "filter.gauss", "-i", input, "-o", target), out + err);
		assertTrue(err.contains(named), err);
		for (final String phrase : phrases)
			assertTrue(err.contains(phrase), "missing '" + phrase + "' in: " + err);
		assertFalse(err.contains("\tat "), "no stack trace: " + err);
		assertFalse(new File(target).exists(), "nothing written for a refused input");
	}

	/** Runs the command line with {@code args}; its exit code. */
	protected int run(final String... args) {
		final CommandLineRun r = CommandLineRun.of(args);
		out = r.out;
		err = r.err;
		return r.code;
	}
}
