package io.github.fijidispatch.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Support;

/**
 * Each backend's availability, asked once per dispatch service and
 * remembered: probing a device can take seconds, and a call must not pay for
 * it. A backend that answers {@code null} or throws is unavailable, with a
 * reason saying so. Thread-safe.
 */
final class BackendAvailability {

	private final Map<String, Support> answers = new ConcurrentHashMap<>();

	/** The backend's remembered answer; asked on first use. Never {@code null}. */
	Support of(final Backend backend) {
		// NB: get before computeIfAbsent: the lookup is on every call's path, and computeIfAbsent locks a bin.
		final Support known = answers.get(backend.id());
		return known != null ? known : answers.computeIfAbsent(backend.id(), id -> ask(backend));
	}

	private static Support ask(final Backend backend) {
		try {
			final Support s = backend.availability();
			return s == null ? Support.no("backend returned no availability") : s;
		}
		catch (final RuntimeException | LinkageError e) {
			return Support.no("availability check failed: " + CallFailures.describe(e));
		}
	}
}
