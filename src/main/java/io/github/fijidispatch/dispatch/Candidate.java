package io.github.fijidispatch.dispatch;

import java.util.Locale;

/** One backend's line in a {@link Decision}: its status, why, and its predicted cost. */
public final class Candidate {

	private final String backendId;
	private final CandidateStatus status;
	private final String reason;
	private final double predictedMillis;

	public Candidate(final String backendId, final CandidateStatus status, final String reason, final double predictedMillis) {
		this.backendId = backendId;
		this.status = status;
		this.reason = reason == null ? "" : reason;
		this.predictedMillis = predictedMillis;
	}

	public String backendId() {
		return backendId;
	}

	public CandidateStatus status() {
		return status;
	}

	/** Why the backend has this status; empty when there is nothing to say. */
	public String reason() {
		return reason;
	}

	/** Predicted cost in milliseconds (compute + transfers + warm-up), {@code NaN} when not predicted. */
	public double predictedMillis() {
		return predictedMillis;
	}

	Candidate withStatus(final CandidateStatus newStatus, final String newReason) {
		return new Candidate(backendId, newStatus, newReason, predictedMillis);
	}

	@Override
	public String toString() {
		final String cost = Double.isNaN(predictedMillis) ? "" : String.format(Locale.ROOT, " (predicted %.3f ms)", predictedMillis);
		return backendId + ": " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + cost +
			(reason.isEmpty() ? "" : " — " + reason);
	}
}
