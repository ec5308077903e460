package io.github.fijidispatch.dispatch;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict parsing of a size in bytes, as the device budget setting takes it:
 * plain bytes ({@code 1048576}) or a whole number with a binary unit
 * ({@code 512K}, {@code 64M}, {@code 2G}, {@code 1T}; case-insensitive, with
 * an optional {@code B} or {@code iB}: {@code 64MiB}, {@code 64mb}). At least
 * one byte, at most {@link Long#MAX_VALUE}.
 */
final class ByteSize {

	/** What a refusal lists as allowed. */
	static final String ALLOWED = "a whole number of bytes ≥ 1, optionally with a unit K, M, G or T (×1024 each), e.g. 64M, 2G, 1048576";

	private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(?:([KMGT])(?:I?B)?|B)?");

	private ByteSize() {
		// NB: static holder
	}

	/**
	 * @throws IllegalArgumentException naming the text and what is allowed
	 */
	static long parse(final String text) {
		final String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
		final Matcher m = SIZE.matcher(t);
		if (!m.matches()) throw refusal(text);
		final int shift = m.group(2) == null ? 0 : 10 * ("KMGT".indexOf(m.group(2)) + 1);
		final long number;
		try {
			number = Long.parseLong(m.group(1));
		}
		catch (final NumberFormatException e) {
			throw refusal(text);
		}
		if (number < 1 || number > Long.MAX_VALUE >> shift) throw refusal(text);
		return number << shift;
	}

	/** {@code n} bytes as {@link #parse} reads them back, in the largest unit that divides them. */
	static String format(final long n) {
		final String[] units = { "T", "G", "M", "K" };
		for (int i = 0; i < units.length; i++) {
			final int shift = 10 * (units.length - i);
			if (n >= 1L << shift && n % (1L << shift) == 0) return (n >> shift) + units[i];
		}
		return Long.toString(n);
	}

	private static IllegalArgumentException refusal(final String text) {
		return new IllegalArgumentException("\"" + text + "\" is not a size in bytes; allowed: " + ALLOWED);
	}
}
