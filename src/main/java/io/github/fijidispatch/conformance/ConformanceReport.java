package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.conformance.ConformanceOutcome.Status;
import io.github.fijidispatch.op.Bound;

/**
 * The outcomes of a conformance run, with a summary per op and backend
 * (agrees with the largest error and the bound applied to the case nearest
 * its bound / differs with the largest error, the bound applied and where
 * / declined with the reason / failed with the exception) and one summary
 * line. A backend conforms when nothing differs or fails; declines are
 * allowed, each with its reason.
 */
public final class ConformanceReport {

	private final List<String> backendIds;
	private final List<ConformanceOutcome> outcomes;

	public ConformanceReport(final Collection<String> backendIds, final List<ConformanceOutcome> outcomes) {
		this.backendIds = Collections.unmodifiableList(new ArrayList<>(backendIds));
		this.outcomes = Collections.unmodifiableList(new ArrayList<>(outcomes));
	}

	public List<String> backendIds() {
		return backendIds;
	}

	public List<ConformanceOutcome> outcomes() {
		return outcomes;
	}

	/** Number of outcomes with this status. */
	public int count(final Status status) {
		int n = 0;
		for (final ConformanceOutcome o : outcomes)
			if (o.status() == status) n++;
		return n;
	}

	/** Whether anything differs or failed. */
	public boolean hasProblems() {
		return count(Status.DIFFERS) + count(Status.FAILED) > 0;
	}

	/** The outcomes grouped by op, then backend, in run order. */
	public Map<String, Map<String, List<ConformanceOutcome>>> byOpAndBackend() {
		final Map<String, Map<String, List<ConformanceOutcome>>> groups = new LinkedHashMap<>();
		for (final ConformanceOutcome o : outcomes)
			groups.computeIfAbsent(o.opId(), k -> new LinkedHashMap<>()).computeIfAbsent(o.backendId(),
				k -> new ArrayList<>()).add(o);
		return groups;
	}

	/** E.g. {@code 1210 checks (op × case × backend) on imglib2, clij2: 1180 agree, 0 differ, 30 declined, 0 failed}. */
	public String summary() {
		return String.format(Locale.ROOT, "%d checks (op × case × backend) on %s: %d agree, %d differ, %d declined, %d failed",
			outcomes.size(), String.join(", ", backendIds), count(Status.AGREES), count(Status.DIFFERS),
			count(Status.DECLINED), count(Status.FAILED));
	}

	/** One line per op and backend, then the summary. */
	public String toText() {
		final StringBuilder sb = new StringBuilder();
		for (final Map.Entry<String, Map<String, List<ConformanceOutcome>>> op : byOpAndBackend().entrySet())
			for (final Map.Entry<String, List<ConformanceOutcome>> b : op.getValue().entrySet())
				sb.append(String.format(Locale.ROOT, "%-22s %-10s %s%n", op.getKey(), b.getKey(), OutcomeSummary.of(b.getValue())));
		return sb.append(summary()).append('\n').toString();
	}

	/** Plain maps and lists (for a JSON writer): summary counts and one entry per op and backend. */
	public Map<String, Object> toMap() {
		final Map<String, Object> map = new LinkedHashMap<>();
		map.put("backends", backendIds);
		final Map<String, Object> counts = new LinkedHashMap<>();
		for (final Status s : Status.values())
			counts.put(s.id(), count(s));
		map.put("counts", counts);
		final List<Object> entries = new ArrayList<>();
		for (final Map.Entry<String, Map<String, List<ConformanceOutcome>>> op : byOpAndBackend().entrySet())
			for (final Map.Entry<String, List<ConformanceOutcome>> b : op.getValue().entrySet()) {
				final Map<String, Object> e = new LinkedHashMap<>();
				e.put("op", op.getKey());
				e.put("backend", b.getKey());
				e.putAll(OutcomeSummary.of(b.getValue()).toMap());
				entries.add(e);
			}
		map.put("results", entries);
		return map;
	}

	@Override
	public String toString() {
		return summary();
	}

	/** The outcomes of one op on one backend, condensed to its worst status and its telling details. */
	static final class OutcomeSummary {

		final Map<Status, Integer> counts = new EnumMap<>(Status.class);
		double maxAgreeingError;
		ConformanceOutcome nearestAgreeing;
		ConformanceOutcome worstDiffering;
		ConformanceOutcome firstFailed;
		ConformanceOutcome firstDeclined;

		static OutcomeSummary of(final List<ConformanceOutcome> outcomes) {
			final OutcomeSummary s = new OutcomeSummary();
			for (final ConformanceOutcome o : outcomes) {
				s.counts.merge(o.status(), 1, Integer::sum);
				switch (o.status()) {
					case AGREES:
						s.maxAgreeingError = Math.max(s.maxAgreeingError, o.maxError());
						if (s.nearestAgreeing == null || ratio(o) > ratio(s.nearestAgreeing)) s.nearestAgreeing = o;
						break;
					case DIFFERS: if (s.worstDiffering == null || ratio(o) > ratio(s.worstDiffering)) s.worstDiffering = o; break;
					case FAILED: if (s.firstFailed == null) s.firstFailed = o; break;
					default: if (s.firstDeclined == null) s.firstDeclined = o;
				}
			}
			return s;
		}

		/** How much of its bound an outcome's error uses: 0 without error, infinite for any error over a zero bound. */
		static double ratio(final ConformanceOutcome o) {
			if (o.maxError() == 0) return 0;
			return o.bound() == 0 ? Double.POSITIVE_INFINITY : o.maxError() / o.bound();
		}

		int count(final Status status) {
			return counts.getOrDefault(status, 0);
		}

		Status worst() {
			if (count(Status.FAILED) > 0) return Status.FAILED;
			if (count(Status.DIFFERS) > 0) return Status.DIFFERS;
			return count(Status.AGREES) > 0 ? Status.AGREES : Status.DECLINED;
		}

		Map<String, Object> toMap() {
			final Map<String, Object> m = new LinkedHashMap<>();
			m.put("status", worst().id());
			for (final Status s : Status.values())
				m.put(s.id(), count(s));
			if (count(Status.AGREES) > 0) {
				m.put("maxError", maxAgreeingError);
				m.put("nearestBound", nearestAgreeing.bound());
				m.put("nearestBoundRule", nearestAgreeing.appliedBound().derivation());
				m.put("nearestBoundError", nearestAgreeing.maxError());
			}
			if (worstDiffering != null) m.put("differs", describe(worstDiffering));
			if (firstFailed != null) m.put("failed", describe(firstFailed));
			if (firstDeclined != null) m.put("declined", describe(firstDeclined));
			return m;
		}

		private static String describe(final ConformanceOutcome o) {
			return o.toString();
		}

		@Override
		public String toString() {
			final StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-9s", worst().id()));
			final List<String> parts = new ArrayList<>();
			for (final Status s : Status.values())
				if (count(s) > 0) parts.add(count(s) + " " + s.id());
			sb.append(String.join(", ", parts));
			if (count(Status.AGREES) > 0) sb.append("; max error ").append(Bound.format(maxAgreeingError))
				.append("; nearest its bound: ").append(Bound.format(nearestAgreeing.maxError())).append(" ≤ ")
				.append(Bound.format(nearestAgreeing.bound())).append(" (").append(nearestAgreeing.appliedBound().derivation())
				.append(')');
			if (worstDiffering != null) sb.append("; worst: max error ").append(Bound.format(worstDiffering.maxError()))
				.append(" > bound ").append(Bound.format(worstDiffering.bound())).append(" (")
				.append(worstDiffering.appliedBound().derivation()).append(") in ").append(worstDiffering.caseName()).append(' ')
				.append(worstDiffering.detail());
			if (firstFailed != null) sb.append("; first failure: ").append(firstFailed.caseName()).append(": ")
				.append(firstFailed.detail());
			if (firstDeclined != null) sb.append("; declined: ").append(firstDeclined.detail());
			return sb.toString();
		}
	}
}
