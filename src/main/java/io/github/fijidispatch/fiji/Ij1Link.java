package io.github.fijidispatch.fiji;

/**
 * The link from ImageJ 1 into the SciJava context that serves it. NB:
 * ImageJ 1 creates plugins reflectively with no arguments and calls static
 * methods from {@code call(...)}, so it can only reach a context through a
 * static reference. The {@link DispatchCommandService} sets it when it starts
 * and clears it when it is disposed; nothing else writes it.
 */
public final class Ij1Link {

	private static volatile DispatchCommandService current;

	private Ij1Link() {
		// NB: static link only
	}

	static void connect(final DispatchCommandService service) {
		current = service;
	}

	static void disconnect(final DispatchCommandService service) {
		if (current == service) current = null;
	}

	/**
	 * The serving command service.
	 *
	 * @throws IllegalStateException when no Fiji Dispatch context is running
	 */
	public static DispatchCommandService service() {
		final DispatchCommandService s = current;
		if (s == null) throw new IllegalStateException("Fiji Dispatch is not running in this ImageJ: " +
			"start Fiji with the Fiji Dispatch update site, or run macros with 'fiji-dispatch macro FILE.ijm'");
		return s;
	}
}
