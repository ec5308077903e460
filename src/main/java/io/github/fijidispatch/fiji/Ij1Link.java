package io.github.fijidispatch.fiji;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The contexts that serve ImageJ 1 here ({@link Ij1Host} asks). NB:
 * ImageJ 1 creates plugins reflectively with no arguments and calls static
 * methods from {@code call(...)}, so it can only reach a context through a
 * static reference. The {@link DispatchCommandService} connects when it starts
 * and disconnects when it is disposed (the latest connected serves); nothing
 * else writes it.
 */
public final class Ij1Link {

	// NB: most recent last; several contexts may serve in turn (e.g. the command line inside a test).
	private static final List<DispatchCommandService> SERVING = new CopyOnWriteArrayList<>();

	private Ij1Link() {
		// NB: static link only
	}

	static void connect(final DispatchCommandService service) {
		SERVING.add(service);
	}

	/** Disconnects a service; the one connected before it serves again. */
	static void disconnect(final DispatchCommandService service) {
		SERVING.remove(service);
	}

	/** The serving command service (the latest connected), or {@code null} when none serves. */
	static DispatchCommandService serving() {
		// NB: one snapshot, so that a context disposed meanwhile cannot make the index stale.
		final Object[] now = SERVING.toArray();
		return now.length == 0 ? null : (DispatchCommandService) now[now.length - 1];
	}
}
