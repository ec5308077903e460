package io.github.fijidispatch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict little JSON parser for tests: the whole text must be one value
 * (with optional white space around it); objects become maps, arrays lists,
 * numbers doubles. Anything else is an {@link AssertionError} saying where.
 */
final class JsonCheck {

	private final String text;
	private int at;

	private JsonCheck(final String text) {
		this.text = text;
	}

	/** The one JSON object {@code text} holds. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(final String text) {
		final Object v = parse(text);
		if (!(v instanceof Map)) throw new AssertionError("not a JSON object: " + text);
		return (Map<String, Object>) v;
	}

	static Object parse(final String text) {
		final JsonCheck p = new JsonCheck(text);
		p.space();
		final Object v = p.value();
		p.space();
		if (p.at != text.length()) throw p.error("text after the value");
		return v;
	}

	private Object value() {
		if (at >= text.length()) throw error("end of text where a value belongs");
		final char c = text.charAt(at);
		if (c == '{') return object();
		if (c == '[') return array();
		if (c == '"') return string();
		if (text.startsWith("true", at)) return word("true", Boolean.TRUE);
		if (text.startsWith("false", at)) return word("false", Boolean.FALSE);
		if (text.startsWith("null", at)) return word("null", null);
		return number();
	}

	private Map<String, Object> object() {
		final Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) return map;
		while (true) {
			space();
			final String key = string();
			space();
			expect(':');
			space();
			if (map.put(key, value()) != null) throw error("duplicate key '" + key + "'");
			space();
			if (peek('}')) return map;
			expect(',');
		}
	}

	private List<Object> array() {
		final List<Object> list = new ArrayList<>();
		at++;
		space();
		if (peek(']')) return list;
		while (true) {
			space();
			list.add(value());
			space();
			if (peek(']')) return list;
			expect(',');
		}
	}

	private String string() {
		expect('"');
		final StringBuilder sb = new StringBuilder();
		while (true) {
			if (at >= text.length()) throw error("unterminated string");
			final char c = text.charAt(at++);
			if (c == '"') return sb.toString();
			if (c < 0x20) throw error("raw control character in a string");
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			final char e = text.charAt(at++);
			switch (e) {
				case '"': case '\\': case '/': sb.append(e); break;
				case 'b': sb.append('\b'); break;
				case 'f': sb.append('\f'); break;
				case 'n': sb.append('\n'); break;
				case 'r': sb.append('\r'); break;
				case 't': sb.append('\t'); break;
				case 'u':
					sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
					break;
				default: throw error("bad escape \\" + e);
			}
		}
	}

	private Double number() {
		final int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0)
			at++;
		final String n = text.substring(start, at);
		if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) throw error("not a JSON value: '" + n + "'");
		return Double.valueOf(n);
	}

	private Object word(final String w, final Object v) {
		at += w.length();
		return v;
	}

	private boolean peek(final char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(final char c) {
		if (!peek(c)) throw error("expected '" + c + "'");
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at)))
			at++;
	}

	private AssertionError error(final String what) {
		return new AssertionError(what + " at " + at + " in: " + text);
	}
}
