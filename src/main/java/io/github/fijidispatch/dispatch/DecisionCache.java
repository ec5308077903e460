package io.github.fijidispatch.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decisions of recent calls by {@link CallShape}: a call of a shape seen
 * before skips the capability checks, the cost predictions and the ranking,
 * the implementations' work ({@link CallWork}) is asked once per shape, and
 * the plan is resolved to backends and implementations once ({@link Route}).
 * Nothing is ever invalidated in place: everything a decision depends on is
 * part of its shape, and what changes over time (settings, cost estimates)
 * enters it as a version, so a change simply stops old entries from
 * matching. Bounded: at {@value #CAPACITY} shapes the cache starts afresh.
 * Thread-safe: decisions are immutable and shared.
 */
final class DecisionCache {

	/** How many shapes are remembered before the cache starts afresh. */
	static final int CAPACITY = 1024;

	/** What is remembered of a shape: its decision, its plan's {@link Route}, and its calls' work per implementation. */
	static final class Entry {

		private final Decision decision;
		private final Route route;
		private final CallWork work;

		Entry(final Decision decision, final Route route, final CallWork work) {
			this.decision = decision;
			this.route = route;
			this.work = work;
		}

		Decision decision() {
			return decision;
		}

		Route route() {
			return route;
		}

		CallWork work() {
			return work;
		}
	}

	private final Map<CallShape, Entry> decisions = new ConcurrentHashMap<>();

	/** What is remembered for {@code shape}, or {@code null}. */
	Entry get(final CallShape shape) {
		return decisions.get(shape);
	}

	/** Remembers the decision for {@code shape}, with its route and the work its planning asked for ({@code work}). */
	void put(final CallShape shape, final Decision decision, final Route route, final CallWork work) {
		// NB: stale shapes (old settings, old cost versions) are never asked for again; clearing drops them too.
		if (decisions.size() >= CAPACITY) decisions.clear();
		decisions.put(shape, new Entry(decision, route, work));
	}

	int size() {
		return decisions.size();
	}

	void clear() {
		decisions.clear();
	}
}
