package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;

/**
 * A validated call with its decision: everything {@link CallPlanner} worked
 * out before any backend runs, shared by {@code explain} and {@code run}.
 * Immutable.
 */
final class PlannedCall {

	private final String named;
	private final OpCall call;
	private final Backend resident;
	private final Decision decision;
	private final Route route;
	private final OutputTarget target;
	private final CallWork work;

	/**
	 * @param named the backend named on the call, or {@code null}
	 * @param resident the backend whose device holds the inputs, {@code null} for host inputs
	 * @param target where the result is written, or {@code null} for a new image (function mode)
	 * @param route the decision's plan resolved to backends and implementations
	 * @param work the work of calls of this call's shape, per implementation
	 */
	PlannedCall(final String named, final OpCall call, final Backend resident, final Decision decision,
		final Route route, final OutputTarget target, final CallWork work)
	{
		this.route = route;
		this.work = work;
		this.named = named;
		this.call = call;
		this.resident = resident;
		this.decision = decision;
		this.target = target;
	}

	/** The backend named on the call, or {@code null}: a named backend is never replaced. */
	String named() {
		return named;
	}

	/** The call with host-side descriptions of its inputs, as the caller gave them. */
	OpCall call() {
		return call;
	}

	/** Where the inputs live, and so where the result goes: a backend, or {@code null} for the host. */
	Backend resident() {
		return resident;
	}

	/** The units of work of this call on {@code implementation}, asked of it once per call shape. */
	long work(final OpImplementation implementation) {
		return work.of(implementation, call);
	}

	Decision decision() {
		return decision;
	}

	/** The decision's plan as backends, implementations and tilings, in order. */
	Route route() {
		return route;
	}

	/** The caller's image the result is written into, or {@code null} in function mode. */
	OutputTarget target() {
		return target;
	}
}
