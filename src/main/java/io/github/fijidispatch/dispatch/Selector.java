package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.Support;

/**
 * The pure selection logic of the dispatch contract (README, "How a call is
 * dispatched"), free of services and images so that every precedence rule can
 * be tested on its own. Order: a backend named on the call (used or refused, never replaced);
 * inputs resident on a backend's device; the innermost scope on the thread;
 * in {@code auto} mode the lowest predicted cost; the global priority list;
 * plugin priority; the id (for determinism).
 */
public final class Selector {

	/** What one backend brings to a decision. */
	public static final class Option {

		final String backendId;
		final Support availability;
		final boolean implemented;
		final Support support;
		final double predictedMillis;
		final double pluginPriority;
		final Tiling tiling;

		/**
		 * @param support the implementation's answer for these arguments;
		 *          ignored when unavailable or not implemented
		 */
		public Option(final String backendId, final Support availability, final boolean implemented,
			final Support support, final double predictedMillis, final double pluginPriority)
		{
			this(backendId, availability, implemented, support, predictedMillis, pluginPriority, null);
		}

		/**
		 * @param tiling for a call {@linkplain Support#tooLarge too large} for the backend's device: the tiles it
		 *          runs instead (the option can run), or {@code null}
		 */
		public Option(final String backendId, final Support availability, final boolean implemented,
			final Support support, final double predictedMillis, final double pluginPriority, final Tiling tiling)
		{
			this.backendId = backendId;
			this.availability = availability;
			this.implemented = implemented;
			this.support = support;
			this.predictedMillis = predictedMillis;
			this.pluginPriority = pluginPriority;
			this.tiling = tiling != null && tiling.isPossible() ? tiling : null;
		}

		boolean canRun() {
			return availability.isYes() && implemented && (support.isYes() || tiling != null);
		}

		/** Why the call runs tiled, for its candidate line; empty when it runs whole. */
		String tilingReason() {
			return tiling == null ? "" : "too large for the device as a whole: " + support.reason();
		}
	}

	/** The policy in force for one call. */
	public static final class Policy {

		final String named;
		final DispatchScope scope;
		final DispatchSettings.Snapshot settings;
		final String resident;

		/**
		 * @param named backend named on the call, or {@code null}
		 * @param scope innermost scope on the calling thread, or {@code null}
		 * @param settings the global settings
		 * @param resident backend on whose device the inputs live, or {@code null} for host inputs
		 */
		public Policy(final String named, final DispatchScope scope, final DispatchSettings.Snapshot settings,
			final String resident)
		{
			this.named = named;
			this.scope = scope;
			this.settings = settings;
			this.resident = resident;
		}
	}

	private Selector() {
		// NB: static holder
	}

	/** Decides which backends to try, in which order, and says why. */
	public static Decision select(final String opId, final Object call, final List<Option> options, final Policy policy) {
		final DispatchMode mode = policy.settings.mode();
		if (policy.named != null) return selectNamed(opId, call, options, policy.named, mode);

		final int n = options.size();
		final List<Option> ranked = new ArrayList<>(n);
		final List<Candidate> others = new ArrayList<>(n);
		for (int i = 0; i < options.size(); i++) {
			final Option o = options.get(i);
			final Candidate blocked = blockedReason(o, policy);
			if (blocked == null) ranked.add(o);
			else others.add(blocked);
		}
		if (ranked.size() > 1) ranked.sort(ranking(policy));

		final List<String> plan = new ArrayList<>(n);
		final List<Candidate> candidates = new ArrayList<>(n);
		for (int i = 0; i < ranked.size(); i++) {
			final Option o = ranked.get(i);
			final CandidateStatus status = i == 0 ? CandidateStatus.CHOSEN
				: policy.settings.fallback() && mode != DispatchMode.OFF ? CandidateStatus.FALLBACK : CandidateStatus.NOT_TRIED;
			if (status != CandidateStatus.NOT_TRIED) plan.add(o.backendId);
			candidates.add(new Candidate(o.backendId, status, status == CandidateStatus.NOT_TRIED ? "fallback is off"
				: o.tilingReason(), o.predictedMillis, o.tiling));
		}
		for (int i = 0; i < others.size(); i++)
			candidates.add(others.get(i));
		final String rationale = ranked.isEmpty() ? "no backend can run it" : rationale(ranked, policy);
		return Decision.adopting(opId, call, mode, plan, candidates, rationale);
	}

	private static Decision selectNamed(final String opId, final Object call, final List<Option> options,
		final String named, final DispatchMode mode)
	{
		final List<Candidate> candidates = new ArrayList<>(options.size());
		final List<String> plan = new ArrayList<>(1);
		String rationale = "named on the call";
		for (final Option o : options) {
			if (o.backendId.equals(named)) {
				final Candidate own = blockedReason(o, null);
				if (own == null) {
					plan.add(named);
					candidates.add(0, new Candidate(named, CandidateStatus.CHOSEN, "named on the call" + (o.tiling == null ? ""
						: "; " + o.tilingReason()), o.predictedMillis, o.tiling));
				}
				else {
					candidates.add(0, own);
					rationale = "the named backend cannot run it: " + own.reason();
				}
			}
			else {
				candidates.add(new Candidate(o.backendId, CandidateStatus.NOT_TRIED, "the call names " + named, o.predictedMillis));
			}
		}
		return Decision.adopting(opId, call, mode, plan, candidates, rationale);
	}

	/** Why an option is out of the ranking, or {@code null} when it can run. */
	private static Candidate blockedReason(final Option o, final Policy policy) {
		if (!o.availability.isYes()) return new Candidate(o.backendId, CandidateStatus.UNAVAILABLE, o.availability.reason(), Double.NaN);
		if (!o.implemented) return new Candidate(o.backendId, CandidateStatus.NOT_IMPLEMENTED, "no implementation of this op", Double.NaN);
		if (!o.support.isYes() && o.tiling == null)
			return new Candidate(o.backendId, CandidateStatus.DECLINED, o.support.reason(), Double.NaN);
		if (policy == null) return null;
		if (policy.settings.mode() == DispatchMode.OFF && !Backends.REFERENCE.equals(o.backendId))
			return new Candidate(o.backendId, CandidateStatus.EXCLUDED, "mode off runs only the reference backend " + Backends.REFERENCE, o.predictedMillis);
		if (policy.scope != null && policy.scope.isOnly() && !policy.scope.backendIds().contains(o.backendId))
			return new Candidate(o.backendId, CandidateStatus.EXCLUDED, "not in the scope " + policy.scope, o.predictedMillis);
		return null;
	}

	private static Comparator<Option> ranking(final Policy policy) {
		return new Ranking(policy);
	}

	/**
	 * Orders runnable options: resident first, then the scope's list, then
	 * (auto) predicted cost, the settings' priority list, plugin priority, id.
	 */
	private static final class Ranking implements Comparator<Option> {

		private final Policy policy;
		private final boolean byCost;

		Ranking(final Policy policy) {
			this.policy = policy;
			this.byCost = policy.settings.mode() == DispatchMode.AUTO;
		}

		@Override
		public int compare(final Option a, final Option b) {
			int c = Boolean.compare(!a.backendId.equals(policy.resident), !b.backendId.equals(policy.resident));
			if (c == 0 && policy.scope != null)
				c = Integer.compare(rank(policy.scope.backendIds(), a.backendId), rank(policy.scope.backendIds(), b.backendId));
			if (c == 0 && byCost) c = Double.compare(cost(a), cost(b));
			if (c == 0) c = Integer.compare(rank(policy.settings.priority(), a.backendId), rank(policy.settings.priority(), b.backendId));
			if (c == 0) c = Double.compare(b.pluginPriority, a.pluginPriority);
			return c != 0 ? c : a.backendId.compareTo(b.backendId);
		}

		private static double cost(final Option o) {
			return Double.isNaN(o.predictedMillis) ? Double.MAX_VALUE : o.predictedMillis;
		}
	}

	private static int rank(final List<String> ids, final String id) {
		final int i = ids.indexOf(id);
		return i < 0 ? Integer.MAX_VALUE : i;
	}

	private static String rationale(final List<Option> ranked, final Policy policy) {
		final Option first = ranked.get(0);
		if (first.backendId.equals(policy.resident)) return "the inputs live on " + first.backendId;
		if (policy.scope != null && policy.scope.backendIds().contains(first.backendId)) return "scope " + policy.scope;
		if (ranked.size() == 1) return policy.settings.mode() == DispatchMode.OFF ? "mode off" : "the only backend that can run it";
		if (policy.settings.mode() == DispatchMode.AUTO && !Double.isNaN(first.predictedMillis)) return "lowest predicted cost";
		if (policy.settings.priority().contains(first.backendId)) return "priority setting " + policy.settings.priority();
		return "plugin priority";
	}
}
