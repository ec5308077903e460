package io.github.fijidispatch.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** A minimal JSON writer for the command line's {@code --json} output. */
public final class Json {

	private Json() {
		// NB: static holder
	}

	/** Writes maps, collections, strings, numbers, booleans and null as JSON. */
	public static String write(final Object value) {
		final StringBuilder sb = new StringBuilder();
		append(sb, value);
		return sb.toString();
	}

	private static void append(final StringBuilder sb, final Object value) {
		if (value == null) sb.append("null");
		else if (value instanceof Raw) sb.append(((Raw) value).json);
		else if (value instanceof Map) {
			sb.append('{');
			boolean first = true;
			for (final Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
				if (!first) sb.append(',');
				first = false;
				string(sb, String.valueOf(e.getKey()));
				sb.append(':');
				append(sb, e.getValue());
			}
			sb.append('}');
		}
		else if (value instanceof Collection) {
			sb.append('[');
			boolean first = true;
			for (final Object o : (Collection<?>) value) {
				if (!first) sb.append(',');
				first = false;
				append(sb, o);
			}
			sb.append(']');
		}
		else if (value instanceof Double || value instanceof Float) {
			final double d = ((Number) value).doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) sb.append("null");
			else if (d == Math.rint(d) && Math.abs(d) < 1e15) sb.append((long) d);
			else sb.append(String.format(Locale.ROOT, "%.6g", d).replaceAll("0+$", "").replaceAll("\\.$", ""));
		}
		else if (value instanceof Number || value instanceof Boolean) sb.append(value);
		else string(sb, value.toString());
	}

	private static void string(final StringBuilder sb, final String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			final char c = s.charAt(i);
			switch (c) {
				case '"': sb.append("\\\""); break;
				case '\\': sb.append("\\\\"); break;
				case '\n': sb.append("\\n"); break;
				case '\r': sb.append("\\r"); break;
				case '\t': sb.append("\\t"); break;
				default:
					if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					else sb.append(c);
			}
		}
		sb.append('"');
	}

	/** Text that is already JSON, inserted as it is. */
	public static final class Raw {

		private final String json;

		public Raw(final String json) {
			this.json = json;
		}

		@Override
		public String toString() {
			return json;
		}
	}
}
