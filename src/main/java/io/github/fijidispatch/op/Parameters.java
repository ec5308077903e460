package io.github.fijidispatch.op;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The validated, canonical parameter values of one op call: every declared
 * parameter present (the caller's value or the default). Immutable.
 */
public final class Parameters {

	private final String opId;
	private final Map<String, Object> values;
	/** The map behind {@link #values}: iterated without the unmodifiable wrapper's iterators. */
	private final LinkedHashMap<String, Object> own;
	/** NB: computed on first use; a call's parameters are hashed for the decision cache on every call. */
	private int hash;

	/** @param values a map this object takes over; callers keep no reference to it */
	Parameters(final String opId, final LinkedHashMap<String, Object> values) {
		this.opId = opId;
		this.values = Collections.unmodifiableMap(values);
		this.own = values;
	}

	public Map<String, Object> asMap() {
		return values;
	}

	public Object get(final String name) {
		final Object v = own.get(name);
		if (v == null && !own.containsKey(name))
			throw new IllegalArgumentException(opId + ": no parameter '" + name + "'; declared: " + values.keySet());
		return v;
	}

	/** Whether the call has {@code name}: every declared parameter does; an internal one only when given. */
	public boolean has(final String name) {
		return own.containsKey(name);
	}

	public double real(final String name) {
		final Object v = get(name);
		if (v instanceof double[]) return ((double[]) v)[0];
		if (v instanceof int[]) return ((int[]) v)[0];
		return ((Number) v).doubleValue();
	}

	public int integer(final String name) {
		final Object v = get(name);
		if (v instanceof int[]) return ((int[]) v)[0];
		return ((Number) v).intValue();
	}

	public String choice(final String name) {
		return (String) get(name);
	}

	public boolean flag(final String name) {
		return (Boolean) get(name);
	}

	/**
	 * A per-axis real for an image of {@code n} dimensions: a scalar broadcasts,
	 * an array gives X, Y(, Z) (validation made sure it has at most n values;
	 * missing trailing axes repeat the last value).
	 */
	public double[] reals(final String name, final int n) {
		final Object v = get(name);
		final double[] out = new double[n];
		if (v instanceof double[]) {
			final double[] a = (double[]) v;
			for (int d = 0; d < n; d++)
				out[d] = a[Math.min(d, a.length - 1)];
		}
		else if (v instanceof int[]) {
			final int[] a = (int[]) v;
			for (int d = 0; d < n; d++)
				out[d] = a[Math.min(d, a.length - 1)];
		}
		else {
			Arrays.fill(out, ((Number) v).doubleValue());
		}
		return out;
	}

	/** A per-axis integer, as {@link #reals}. */
	public int[] integers(final String name, final int n) {
		final double[] r = reals(name, n);
		final int[] out = new int[n];
		for (int d = 0; d < n; d++)
			out[d] = (int) r[d];
		return out;
	}

	/** Number of values given for a per-axis parameter (1 for a scalar). */
	public int valueCount(final String name) {
		final Object v = get(name);
		if (v instanceof double[]) return ((double[]) v).length;
		if (v instanceof int[]) return ((int[]) v).length;
		return 1;
	}

	/**
	 * Equal when they are the parameters of the same op with equal values in
	 * the same order (per-axis arrays compared element by element): two calls
	 * with equal parameters are the same call to every backend.
	 */
	@Override
	public boolean equals(final Object o) {
		if (o == this) return true;
		if (!(o instanceof Parameters)) return false;
		final Parameters other = (Parameters) o;
		if (!opId.equals(other.opId) || own.size() != other.own.size()) return false;
		final Iterator<Map.Entry<String, Object>> mine = own.entrySet().iterator();
		final Iterator<Map.Entry<String, Object>> theirs = other.own.entrySet().iterator();
		while (mine.hasNext()) {
			final Map.Entry<String, Object> a = mine.next();
			final Map.Entry<String, Object> b = theirs.next();
			if (!a.getKey().equals(b.getKey()) || !Objects.deepEquals(a.getValue(), b.getValue())) return false;
		}
		return true;
	}

	@Override
	public int hashCode() {
		int h = hash;
		if (h == 0) {
			h = opId.hashCode();
			for (final Map.Entry<String, Object> e : own.entrySet())
				h = 31 * h + e.getKey().hashCode() * 17 + valueHash(e.getValue());
			hash = h == 0 ? 1 : h;
		}
		return hash;
	}

	private static int valueHash(final Object v) {
		if (v instanceof double[]) return Arrays.hashCode((double[]) v);
		if (v instanceof int[]) return Arrays.hashCode((int[]) v);
		return Objects.hashCode(v);
	}

	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder();
		for (final Map.Entry<String, Object> e : values.entrySet())
			sb.append(sb.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(ParameterSpec.toText(e.getValue()));
		return sb.toString();
	}
}
