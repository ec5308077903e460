package io.github.fijidispatch.testbackend;

/**
 * The switch for the fault-injection backends of this package (each one
 * misbehaves in one way on {@code filter.gauss}). Separate from
 * {@link TestBackends} so that tests using the well-behaved test backends
 * never meet them; a test turns them on before it creates its context and
 * off afterwards.
 */
public final class FaultyBackends {

	/** The ids of the backends dispatch must catch: it falls back or fails loudly. */
	public static final String[] CAUGHT_BY_DISPATCH = { "test-throwing", "test-wrong-shape", "test-wrong-kind",
		"test-echo", "test-oom" };

	private static volatile boolean enabled;

	private FaultyBackends() {
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
