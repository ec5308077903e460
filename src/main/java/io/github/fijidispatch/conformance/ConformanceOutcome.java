package io.github.fijidispatch.conformance;

import java.util.Locale;

import io.github.fijidispatch.op.Bound;

/**
 * The outcome of one conformance case on one backend: it agrees with the
 * reference (with its largest error and the bound applied), differs (largest
 * error, the bound applied and where),
 * was declined (the backend's reason), or failed (the exception or the
 * broken invariant: a modified input, a result of the wrong size or kind, a
 * result sharing pixels with an input, two runs that differ).
 */
public final class ConformanceOutcome {

	/** What happened. */
	public enum Status {
		AGREES, DIFFERS, DECLINED, FAILED;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private final String opId;
	private final String caseName;
	private final String backendId;
	private final Status status;
	private final double maxError;
	private final Bound bound;
	private final String column;
	private final String detail;

	ConformanceOutcome(final ConformanceCase c, final String backendId, final Status status, final double maxError,
		final Bound bound, final String column, final String detail)
	{
		this.opId = c.opId();
		this.caseName = c.name();
		this.backendId = backendId;
		this.status = status;
		this.maxError = maxError;
		this.bound = bound;
		this.column = column == null ? "" : column;
		this.detail = detail == null ? "" : detail;
	}

	static ConformanceOutcome compared(final ConformanceCase c, final String backendId, final ResultComparison cmp) {
		return new ConformanceOutcome(c, backendId, cmp.agrees() ? Status.AGREES : Status.DIFFERS, cmp.maxError(),
			cmp.appliedBound(), cmp.column(), cmp.where());
	}

	static ConformanceOutcome declined(final ConformanceCase c, final String backendId, final String reason) {
		return new ConformanceOutcome(c, backendId, Status.DECLINED, Double.NaN, null, null, reason);
	}

	static ConformanceOutcome failed(final ConformanceCase c, final String backendId, final String what) {
		return new ConformanceOutcome(c, backendId, Status.FAILED, Double.NaN, null, null, what);
	}

	public String opId() {
		return opId;
	}

	public String caseName() {
		return caseName;
	}

	public String backendId() {
		return backendId;
	}

	public Status status() {
		return status;
	}

	/** Whether the outcome counts against the backend (differs or failed). */
	public boolean isProblem() {
		return status == Status.DIFFERS || status == Status.FAILED;
	}

	/** Largest error against the reference; {@code NaN} when declined or failed. */
	public double maxError() {
		return maxError;
	}

	/** The value of the bound applied; {@code NaN} when declined or failed. */
	public double bound() {
		return bound == null ? Double.NaN : bound.value();
	}

	/** The bound applied with how the op's tolerance gave it; {@code null} when declined or failed. */
	public Bound appliedBound() {
		return bound;
	}

	/** For tables, the decisive column; empty for images, declines and failures. */
	public String column() {
		return column;
	}

	/** Where it differs, why it was declined, or what failed; may be empty when it agrees. */
	public String detail() {
		return detail;
	}

	@Override
	public String toString() {
		switch (status) {
			case AGREES:
				return String.format(Locale.ROOT, "%s on %s: agrees (max error %s ≤ bound %s: %s)", caseName, backendId,
					Bound.format(maxError), Bound.format(bound.value()), bound.derivation());
			case DIFFERS:
				return String.format(Locale.ROOT, "%s on %s: differs (max error %s > bound %s: %s) %s", caseName, backendId,
					Bound.format(maxError), Bound.format(bound.value()), bound.derivation(), detail);
			default:
				return caseName + " on " + backendId + ": " + status.id() + " — " + detail;
		}
	}
}
