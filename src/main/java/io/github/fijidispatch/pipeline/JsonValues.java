package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolved parameters as plain JSON values: per-axis arrays become lists, so any JSON writer prints them. */
final class JsonValues {

	private JsonValues() {
		// NB: static holder
	}

	static Map<String, Object> of(final Map<String, ?> parameters) {
		final Map<String, Object> m = new LinkedHashMap<>();
		for (final Map.Entry<String, ?> e : parameters.entrySet())
			m.put(e.getKey(), value(e.getValue()));
		return m;
	}

	private static Object value(final Object v) {
		if (v instanceof double[]) {
			final List<Object> l = new ArrayList<>();
			for (final double d : (double[]) v)
				l.add(d);
			return l;
		}
		if (v instanceof int[]) {
			final List<Object> l = new ArrayList<>();
			for (final int i : (int[]) v)
				l.add(i);
			return l;
		}
		return v instanceof Enum ? v.toString() : v;
	}
}
