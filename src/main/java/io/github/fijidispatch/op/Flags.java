package io.github.fijidispatch.op;

import java.util.Locale;

/**
 * Strict parsing of yes/no text, shared by parameters and settings:
 * "true", "1", "yes", "on" mean true; "false", "0", "no", "off" mean false;
 * anything else is not a flag.
 */
public final class Flags {

	private Flags() {
		// NB: static holder
	}

	/** The flag the text means, or {@code null} when it is not a flag. */
	public static Boolean parse(final String text) {
		if (text == null) return null;
		switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "true": case "1": case "yes": case "on":
				return Boolean.TRUE;
			case "false": case "0": case "no": case "off":
				return Boolean.FALSE;
			default:
				return null;
		}
	}
}
