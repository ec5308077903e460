package io.github.fijidispatch.testbackend;

/**
 * The switch for the test-only backends of this package. They are real
 * {@code @Plugin}s, discovered exactly as a third party's jar would be, but
 * report themselves unavailable unless a test turns them on before it creates
 * its context (dispatch asks availability once per context).
 */
public final class TestBackends {

	private static volatile boolean enabled;

	private TestBackends() {
		// NB: static holder
	}

	public static void enable() {
		enabled = true;
	}

	public static void disable() {
		enabled = false;
	}

	static boolean enabled() {
		return enabled;
	}
}
