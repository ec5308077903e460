package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.Op;

/**
 * The ops, backends and implementations found among the plugins, built once
 * when the dispatch service initializes. Immutable afterwards.
 */
final class Registry {

	private final Map<String, Op> ops = new TreeMap<>();
	private final Map<String, Op> byDeprecatedId = new TreeMap<>();
	private final Map<String, Backend> backends = new LinkedHashMap<>();
	private final Map<String, Map<String, OpImplementation>> implementations = new HashMap<>();
	private final List<String> problems = new ArrayList<>();
	// NB: handed out on every call; built once.
	private final List<Op> opList;
	/** NB: the same ops in a hash map: looked up on every call, where the sorted map compares strings. */
	private final Map<String, Op> opIndex;
	private final List<Backend> backendList;

	/**
	 * @param backendList backends in plugin priority order
	 */
	Registry(final List<Op> opPlugins, final List<Backend> backendPlugins, final List<OpImplementation> implList) {
		for (final Op op : opPlugins) {
			if (ops.containsKey(op.id())) problems.add("op '" + op.id() + "' is defined twice (" +
				ops.get(op.id()).getClass().getName() + ", " + op.getClass().getName() + "); the first is used");
			else ops.put(op.id(), op);
		}
		for (final Op op : ops.values())
			for (final String former : op.deprecatedIds()) {
				if (ops.containsKey(former)) problems.add("op '" + op.id() + "' gives '" + former +
					"' as its deprecated id, but that is the id of " + ops.get(former).getClass().getName() + "; ignored");
				else if (byDeprecatedId.containsKey(former)) problems.add("ops '" + byDeprecatedId.get(former).id() +
					"' and '" + op.id() + "' both give '" + former + "' as their deprecated id; the first is used");
				else byDeprecatedId.put(former, op);
			}
		for (final Backend b : backendPlugins) {
			if (backends.containsKey(b.id())) problems.add("backend '" + b.id() + "' is installed twice; the first is used");
			else backends.put(b.id(), b);
		}
		for (final OpImplementation impl : implList) {
			if (!ops.containsKey(impl.opId())) {
				problems.add(impl.getClass().getName() + " implements unknown op '" + impl.opId() + "'; ignored");
				continue;
			}
			if (!backends.containsKey(impl.backendId())) {
				problems.add(impl.getClass().getName() + " belongs to unknown backend '" + impl.backendId() + "'; ignored");
				continue;
			}
			final Map<String, OpImplementation> byBackend = implementations.computeIfAbsent(impl.opId(), k -> new HashMap<>());
			if (byBackend.containsKey(impl.backendId())) problems.add("op '" + impl.opId() + "' is implemented twice on '" +
				impl.backendId() + "'; " + byBackend.get(impl.backendId()).getClass().getName() + " is used");
			else byBackend.put(impl.backendId(), impl);
		}
		this.opList = Collections.unmodifiableList(new ArrayList<>(ops.values()));
		this.opIndex = new HashMap<>(ops);
		this.backendList = Collections.unmodifiableList(new ArrayList<>(backends.values()));
	}

	Op op(final String id) {
		return opIndex.get(id);
	}

	/** The op that had this id before it was renamed ({@link Op#deprecatedIds()}), or {@code null}. */
	Op opByDeprecatedId(final String id) {
		return byDeprecatedId.get(id);
	}

	/**
	 * The op with this id.
	 *
	 * @throws IllegalArgumentException for an unknown id, listing the known ones
	 */
	Op requireOp(final String id) {
		final Op op = ops.get(id);
		if (op == null) throw new IllegalArgumentException("unknown op '" + id + "'; known ops: " + String.join(", ", ops.keySet()));
		return op;
	}

	List<Op> ops() {
		return opList;
	}

	Backend backend(final String id) {
		return backends.get(id);
	}

	/** Backends in plugin priority order. */
	List<Backend> backends() {
		return backendList;
	}

	List<String> backendIds() {
		return new ArrayList<>(backends.keySet());
	}

	/**
	 * The ids, checked: at least one, each of an installed backend.
	 *
	 * @param what what they are for, e.g. {@code prefer(...)}, to name in the error
	 * @throws IllegalArgumentException naming the unknown id and the known ones
	 */
	List<String> requireBackends(final String what, final String... ids) {
		if (ids == null || ids.length == 0) throw new IllegalArgumentException(what + " needs at least one backend; known backends: " +
			String.join(", ", backends.keySet()));
		for (final String id : ids)
			if (!backends.containsKey(id)) throw new IllegalArgumentException(what + ": unknown backend '" + id +
				"'; known backends: " + String.join(", ", backends.keySet()));
		return Arrays.asList(ids);
	}

	OpImplementation implementation(final String opId, final String backendId) {
		final Map<String, OpImplementation> byBackend = implementations.get(opId);
		return byBackend == null ? null : byBackend.get(backendId);
	}

	/** Duplicate or dangling registrations found while building; each is also logged. */
	List<String> problems() {
		return Collections.unmodifiableList(problems);
	}
}
