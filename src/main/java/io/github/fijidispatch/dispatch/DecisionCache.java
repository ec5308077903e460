package io.github.fijidispatch.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decisions of recent calls by {@link CallShape}: a call of a shape seen
 * before skips the capability checks, the cost predictions and the ranking.
 * Nothing is ever invalidated in place: everything a decision depends on is
 * part of its shape, and what changes over time (settings, cost estimates)
 * enters it as a version, so a change simply stops old entries from
 * matching. Bounded: at {@value #CAPACITY} shapes the cache starts afresh.
 * Thread-safe: decisions are immutable and shared.
 */
final class DecisionCache {

	/** How many shapes are remembered before the cache starts afresh. */
	static final int CAPACITY = 1024;

	private final Map<CallShape, Decision> decisions = new ConcurrentHashMap<>();

	/** The decision remembered for {@code shape}, or {@code null}. */
	Decision get(final CallShape shape) {
		return decisions.get(shape);
	}

	void put(final CallShape shape, final Decision decision) {
		// NB: stale shapes (old settings, old cost versions) are never asked for again; clearing drops them too.
		if (decisions.size() >= CAPACITY) decisions.clear();
		decisions.put(shape, decision);
	}

	int size() {
		return decisions.size();
	}

	void clear() {
		decisions.clear();
	}
}
