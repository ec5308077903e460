package io.github.fijidispatch.dispatch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.github.fijidispatch.op.Op;

/**
 * Op lookup that also takes the former id of a renamed op
 * ({@link Op#deprecatedIds()}): the caller gets the op, and the first use of
 * each former id warns, e.g. {@code math.addScalar is deprecated; use
 * math.add_scalar}. Once per id per dispatch service: in Fiji and on the
 * command line, whose processes hold one SciJava context, once per process.
 * Thread-safe.
 */
final class DeprecatedIds {

	private final Registry registry;
	private final Consumer<String> warn;
	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	DeprecatedIds(final Registry registry, final Consumer<String> warn) {
		this.registry = registry;
		this.warn = warn;
	}

	/** The op with this id, current or deprecated (warning on the first use of a deprecated one); {@code null} if none. */
	Op op(final String id) {
		final Op op = registry.op(id);
		if (op != null) return op;
		final Op renamed = registry.opByDeprecatedId(id);
		if (renamed != null && warned.add(id)) warn.accept(id + " is deprecated; use " + renamed.id());
		return renamed;
	}

	/**
	 * The op with this id, current or deprecated, as {@link #op(String)}.
	 *
	 * @throws IllegalArgumentException for an unknown id, listing the known ones
	 */
	Op require(final String id) {
		final Op op = op(id);
		return op != null ? op : registry.requireOp(id);
	}

	/**
	 * The current id for {@code id}: itself unless it is a deprecated one. No
	 * warning: for ids read back from files the suite wrote itself (a saved
	 * cost model), which the user did not type.
	 */
	String current(final String id) {
		final Op renamed = registry.op(id) == null ? registry.opByDeprecatedId(id) : null;
		return renamed == null ? id : renamed.id();
	}
}
