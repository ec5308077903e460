package io.github.fijidispatch.dispatch;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;

/**
 * The resolved parameters of recent calls, by op and the content of the
 * caller's parameter map (names and values, in order: resolution keeps the
 * caller's order), so that a call like one before it is not validated and
 * resolved again. Only maps whose values are all immutable or copied are
 * remembered: {@code String}, {@code Boolean}, {@code Character} and the
 * boxed numbers of {@code java.lang} as they are, {@code double[]} and
 * {@code int[]} as copies taken when remembered (a caller who changes its
 * array afterwards asks for other parameters); a map with any other value is
 * resolved on every call. Only successful resolutions are remembered: a map
 * that fails validation throws every time. Resolution depends on nothing but
 * the op and the map ({@link Op#resolve}), so an entry never goes stale.
 * Bounded: at {@value #CAPACITY} entries the cache starts afresh.
 * Thread-safe: {@link Parameters} are immutable and shared.
 */
final class ParameterCache {

	/** How many parameter maps are remembered before the cache starts afresh. */
	static final int CAPACITY = 1024;

	private final Map<Key, Parameters> resolved = new ConcurrentHashMap<>();

	/**
	 * {@code op.resolve(raw)}, remembered.
	 *
	 * @throws IllegalArgumentException what {@link Op#resolve} throws for a bad map
	 */
	Parameters resolve(final Op op, final Map<String, ?> raw) {
		final Key probe = Key.probe(op, raw);
		if (probe == null) return op.resolve(raw);
		final Parameters known = resolved.get(probe);
		if (known != null) return known;
		final Parameters params = op.resolve(raw);
		if (resolved.size() >= CAPACITY) resolved.clear();
		resolved.put(probe.keep(), params);
		return params;
	}

	int size() {
		return resolved.size();
	}

	/**
	 * An op and a parameter map's content. A probe wraps the caller's map
	 * (one object per lookup, no copy); {@link #keep} turns it into a key
	 * that owns copies of its names and values.
	 */
	private static final class Key {

		private final Op op;
		/** The caller's map, for a probe; {@code null} for a kept key. */
		private final Map<String, ?> map;
		/** Names and values alternating, for a kept key. */
		private final Object[] entries;
		private final int hash;

		private Key(final Op op, final Map<String, ?> map, final Object[] entries, final int hash) {
			this.op = op;
			this.map = map;
			this.entries = entries;
			this.hash = hash;
		}

		/** A probe for {@code raw}, or {@code null} when one of its values cannot be remembered safely. */
		static Key probe(final Op op, final Map<String, ?> raw) {
			int h = System.identityHashCode(op);
			if (raw != null) {
				for (final Map.Entry<String, ?> e : raw.entrySet()) {
					final Object v = e.getValue();
					if (!isRememberable(v) || e.getKey() == null) return null;
					h = 31 * h + e.getKey().hashCode();
					h = 31 * h + valueHash(v);
				}
			}
			// NB: no map is the empty map (the defaults); a probe always has a map, a kept key never
			return new Key(op, raw == null ? Collections.<String, Object> emptyMap() : raw, null, h);
		}

		/** This probe as a key of its own: names and (copied) values, no reference to the caller's map. */
		Key keep() {
			final Object[] own = new Object[2 * map.size()];
			int i = 0;
			for (final Map.Entry<String, ?> e : map.entrySet()) {
				own[i++] = e.getKey();
				own[i++] = copy(e.getValue());
			}
			return new Key(op, null, own, hash);
		}

		private static boolean isRememberable(final Object v) {
			return v == null || v instanceof String || v instanceof Boolean || v instanceof Double || v instanceof Integer ||
				v instanceof Long || v instanceof Float || v instanceof Short || v instanceof Byte || v instanceof Character ||
				v instanceof double[] || v instanceof int[];
		}

		private static Object copy(final Object v) {
			if (v instanceof double[]) return ((double[]) v).clone();
			if (v instanceof int[]) return ((int[]) v).clone();
			return v;
		}

		private static int valueHash(final Object v) {
			if (v instanceof double[]) return Arrays.hashCode((double[]) v);
			if (v instanceof int[]) return Arrays.hashCode((int[]) v);
			return v == null ? 0 : v.hashCode();
		}

		private static boolean sameValue(final Object a, final Object b) {
			if (a == b) return true;
			if (a == null || b == null || a.getClass() != b.getClass()) return false;
			if (a instanceof double[]) return Arrays.equals((double[]) a, (double[]) b);
			if (a instanceof int[]) return Arrays.equals((int[]) a, (int[]) b);
			return a.equals(b);
		}

		@Override
		public boolean equals(final Object o) {
			if (o == this) return true;
			if (!(o instanceof Key)) return false;
			final Key k = (Key) o;
			if (hash != k.hash || op != k.op) return false;
			// NB: the map asks only ever compare a probe with kept keys (or kept with kept, on a rehash).
			if (map != null && k.map != null) return false;
			if (map == null && k.map == null) return sameEntries(entries, k.entries);
			return map != null ? matches(k.entries, map) : matches(entries, k.map);
		}

		private static boolean sameEntries(final Object[] a, final Object[] b) {
			if (a.length != b.length) return false;
			for (int i = 0; i < a.length; i++)
				if (!sameValue(a[i], b[i])) return false;
			return true;
		}

		/** Whether {@code kept} holds the names and values of {@code raw}, in its order. */
		private static boolean matches(final Object[] kept, final Map<String, ?> raw) {
			final int n = raw.size();
			if (kept.length != 2 * n) return false;
			if (n == 0) return true;
			final Iterator<? extends Map.Entry<String, ?>> it = raw.entrySet().iterator();
			for (int i = 0; i < kept.length; i += 2) {
				if (!it.hasNext()) return false;
				final Map.Entry<String, ?> e = it.next();
				if (!kept[i].equals(e.getKey()) || !sameValue(kept[i + 1], e.getValue())) return false;
			}
			return true;
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
