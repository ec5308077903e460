package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.OpCall;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What dispatch decided for one call, before running it: the backends to try
 * in order (the first runs; the others are fallbacks), why the first was
 * chosen, and every backend's status with its reason. {@code explain(...)}
 * returns it; each call's trace record holds it. Immutable.
 */
public final class Decision {

	private final String opId;
	private final Object call;
	private final DispatchMode mode;
	private final List<String> plan;
	private final List<Candidate> candidates;
	private final String rationale;

	public Decision(final String opId, final Object call, final DispatchMode mode, final List<String> plan,
		final List<Candidate> candidates, final String rationale)
	{
		this(opId, call, mode, rationale, Collections.unmodifiableList(new ArrayList<>(plan)),
			Collections.unmodifiableList(new ArrayList<>(candidates)));
	}

	/** Adopts the lists without copying them: for the selector's own, fresh ones. */
	static Decision adopting(final String opId, final Object call, final DispatchMode mode, final List<String> plan,
		final List<Candidate> candidates, final String rationale)
	{
		return new Decision(opId, call, mode, rationale, Collections.unmodifiableList(plan),
			Collections.unmodifiableList(candidates));
	}

	/** Takes {@code plan} and {@code candidates} as they are: both unmodifiable. */
	private Decision(final String opId, final Object call, final DispatchMode mode, final String rationale,
		final List<String> plan, final List<Candidate> candidates)
	{
		this.opId = opId;
		// NB: the call's text, not the call: a decision lives on in the trace, its inputs must not
		this.call = call instanceof OpCall ? ((OpCall) call).description() : call;
		this.mode = mode;
		this.plan = plan;
		this.candidates = candidates;
		this.rationale = rationale;
	}

	public String opId() {
		return opId;
	}

	/** The call as text: op, inputs, parameters. */
	public String call() {
		// NB: built on demand; the hot path of a call never needs the text.
		return String.valueOf(call);
	}

	public DispatchMode mode() {
		return mode;
	}

	/** Backends to try, in order; empty when none can run the call. */
	public List<String> plan() {
		return plan;
	}

	/** The backend that runs first, or {@code null} when none can. */
	public String chosen() {
		return plan.isEmpty() ? null : plan.get(0);
	}

	/** How the chosen backend runs the call tile by tile, or {@code null} when it runs it whole (or none can). */
	public Tiling tiling() {
		final String first = chosen();
		final Candidate c = first == null ? null : candidate(first);
		return c == null ? null : c.tiling();
	}

	/** The tiles the chosen backend runs, 0 when it runs the call whole. */
	public int tiles() {
		final Tiling t = tiling();
		return t == null ? 0 : t.tiles();
	}

	public boolean isRunnable() {
		return !plan.isEmpty();
	}

	/** Every backend, in ranking order, then the ones that cannot run. */
	public List<Candidate> candidates() {
		return candidates;
	}

	public Candidate candidate(final String backendId) {
		for (final Candidate c : candidates)
			if (c.backendId().equals(backendId)) return c;
		return null;
	}

	/** Why the chosen backend was chosen (or why none could be). */
	public String rationale() {
		return rationale;
	}

	/** The reasons of every backend that cannot run the call, one per line. */
	public String reasons() {
		final StringBuilder sb = new StringBuilder();
		for (final Candidate c : candidates)
			if (!c.reason().isEmpty() && c.status() != CandidateStatus.CHOSEN && c.status() != CandidateStatus.FALLBACK)
				sb.append(sb.length() == 0 ? "" : "; ").append(c.backendId()).append(": ").append(c.reason());
		return sb.toString();
	}

	/** A multi-line explanation, as {@code --explain} prints it. */
	public String describe() {
		final StringBuilder sb = new StringBuilder();
		sb.append(call()).append('\n');
		sb.append("  mode ").append(mode.id()).append(" → ").append(chosen() == null ? "no backend" : chosen())
			.append(tiles() > 0 ? ", tiled into " + tiles() + " tiles" : "").append(" (").append(rationale).append(")\n");
		for (final Candidate c : candidates)
			sb.append("  ").append(c).append('\n');
		return sb.toString();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s → %s (%s)", opId, chosen(), rationale);
	}
}
