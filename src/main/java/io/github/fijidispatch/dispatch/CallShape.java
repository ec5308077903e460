package io.github.fijidispatch.dispatch;

import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;

/**
 * Everything a {@link Decision} depends on, as the key under which the
 * {@link DecisionCache} remembers it: the op, its resolved parameters, the
 * inputs' kinds and sizes, where the inputs live, the backend named on the
 * call, the rule of the innermost scope (not the scope object: a loop that
 * opens the same {@code prefer(...)} each round shares one entry), the
 * settings snapshot (a new one on every change), and the cost estimates'
 * version (0 outside {@code auto}, which asks for no cost). Built from
 * objects the call already has: no text, no copies. Immutable.
 */
final class CallShape {

	private final Op op;
	private final Parameters params;
	private final List<ImageInfo> infos;
	private final String named;
	private final Backend resident;
	private final DispatchScope scope;
	private final DispatchSettings.Snapshot settings;
	private final long costVersion;
	private final int hash;

	/**
	 * @param named the backend named on the call, or {@code null}
	 * @param resident the backend holding the inputs, or {@code null} for the host
	 * @param scope the innermost scope on the calling thread, or {@code null}
	 * @param costVersion {@link CostEstimates#version()} in {@code auto} mode, else 0
	 */
	CallShape(final Op op, final Parameters params, final List<ImageInfo> infos, final String named,
		final Backend resident, final DispatchScope scope, final DispatchSettings.Snapshot settings, final long costVersion)
	{
		this.op = op;
		this.params = params;
		this.infos = infos;
		this.named = named;
		this.resident = resident;
		this.scope = scope;
		this.settings = settings;
		this.costVersion = costVersion;
		int h = System.identityHashCode(op);
		h = 31 * h + params.hashCode();
		for (int i = 0; i < infos.size(); i++)
			h = 31 * h + infos.get(i).hashCode();
		h = 31 * h + (named == null ? 0 : named.hashCode());
		h = 31 * h + System.identityHashCode(resident);
		h = 31 * h + (scope == null ? 0 : scope.ruleHash());
		h = 31 * h + System.identityHashCode(settings);
		this.hash = 31 * h + Long.hashCode(costVersion);
	}

	@Override
	public boolean equals(final Object o) {
		if (o == this) return true;
		if (!(o instanceof CallShape)) return false;
		final CallShape s = (CallShape) o;
		return hash == s.hash && op == s.op && settings == s.settings && resident == s.resident &&
			costVersion == s.costVersion && (named == null ? s.named == null : named.equals(s.named)) &&
			DispatchScope.sameRule(scope, s.scope) && params.equals(s.params) && sameInfos(infos, s.infos);
	}

	private static boolean sameInfos(final List<ImageInfo> a, final List<ImageInfo> b) {
		if (a.size() != b.size()) return false;
		for (int i = 0; i < a.size(); i++)
			if (!a.get(i).equals(b.get(i))) return false;
		return true;
	}

	@Override
	public int hashCode() {
		return hash;
	}

	@Override
	public String toString() {
		return op.id() + " " + infos + " " + params + (named == null ? "" : " on " + named) +
			(resident == null ? "" : " resident on " + resident.id()) + (scope == null ? "" : " in " + scope) + " " +
			settings + " cost model v" + costVersion;
	}
}
