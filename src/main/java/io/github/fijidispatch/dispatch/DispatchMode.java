package io.github.fijidispatch.dispatch;

import java.util.Locale;

/** How dispatch picks among the backends that can run a call. */
public enum DispatchMode {
	/** Lowest predicted cost (compute + transfers + warm-up) among the candidates. */
	AUTO,
	/** The first candidate in preference order: scope, then settings, then plugin priority. */
	PRIORITY,
	/** Only the reference backend runs (dispatch switched off). */
	OFF;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses {@code auto}, {@code priority} or {@code off}; {@code null} for anything else. */
	public static DispatchMode parse(final String text) {
		if (text == null) return null;
		for (final DispatchMode m : values())
			if (m.id().equals(text.trim().toLowerCase(Locale.ROOT))) return m;
		return null;
	}

	@Override
	public String toString() {
		return id();
	}
}
