package io.github.fijidispatch.dispatch;

import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpImplementation;

/**
 * A {@link Decision}'s plan resolved against the {@link Registry}: for each
 * backend to try, in order, the backend, the op's implementation on it, and
 * the tiles it runs the call in ({@code null}: whole). Worked out once per
 * decision and remembered with it ({@link DecisionCache}), so that a repeated
 * call looks nothing up by name before it runs. Immutable.
 */
final class Route {

	private final String[] ids;
	private final Backend[] backends;
	private final OpImplementation[] implementations;
	private final Tiling[] tilings;

	private Route(final String[] ids, final Backend[] backends, final OpImplementation[] implementations,
		final Tiling[] tilings)
	{
		this.ids = ids;
		this.backends = backends;
		this.implementations = implementations;
		this.tilings = tilings;
	}

	/** The route of {@code decision}'s plan: each planned backend with its implementation and tiling. */
	static Route of(final Decision decision, final Registry registry) {
		final List<String> plan = decision.plan();
		final int n = plan.size();
		final String[] ids = new String[n];
		final Backend[] backends = new Backend[n];
		final OpImplementation[] implementations = new OpImplementation[n];
		final Tiling[] tilings = new Tiling[n];
		for (int i = 0; i < n; i++) {
			ids[i] = plan.get(i);
			backends[i] = registry.backend(ids[i]);
			implementations[i] = registry.implementation(decision.opId(), ids[i]);
			final Candidate c = decision.candidate(ids[i]);
			tilings[i] = c == null ? null : c.tiling();
		}
		return new Route(ids, backends, implementations, tilings);
	}

	/** How many backends the plan tries. */
	int size() {
		return ids.length;
	}

	/** The id of the {@code i}-th backend to try. */
	String id(final int i) {
		return ids[i];
	}

	Backend backend(final int i) {
		return backends[i];
	}

	/** The op's implementation on the {@code i}-th backend. */
	OpImplementation implementation(final int i) {
		return implementations[i];
	}

	/** The tiles the {@code i}-th backend runs the call in, or {@code null} when it runs it whole. */
	Tiling tiling(final int i) {
		return tilings[i];
	}
}
