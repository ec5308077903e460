package io.github.fijidispatch.dispatch;

import java.util.Locale;

/**
 * One backend's line in a {@link Decision}: its status, why, its predicted cost, and, for a call too large for
 * the backend's device that runs there tile by tile, the {@link Tiling}.
 */
public final class Candidate {

	private final String backendId;
	private final CandidateStatus status;
	private final String reason;
	private final double predictedMillis;
	private final Tiling tiling;

	public Candidate(final String backendId, final CandidateStatus status, final String reason, final double predictedMillis) {
		this(backendId, status, reason, predictedMillis, null);
	}

	/** @param tiling how the call is tiled on this backend, or {@code null} when it runs whole */
	public Candidate(final String backendId, final CandidateStatus status, final String reason, final double predictedMillis,
		final Tiling tiling)
	{
		this.backendId = backendId;
		this.status = status;
		this.reason = reason == null ? "" : reason;
		this.predictedMillis = predictedMillis;
		this.tiling = tiling;
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

	/** How the call runs tile by tile on this backend, or {@code null} when it runs whole. */
	public Tiling tiling() {
		return tiling;
	}

	/** The tiles this backend would run, 0 when it runs the call whole. */
	public int tiles() {
		return tiling == null ? 0 : tiling.tiles();
	}

	Candidate withStatus(final CandidateStatus newStatus, final String newReason) {
		return new Candidate(backendId, newStatus, newReason, predictedMillis, tiling);
	}

	@Override
	public String toString() {
		final String cost = Double.isNaN(predictedMillis) ? "" : String.format(Locale.ROOT, " (predicted %.3f ms)", predictedMillis);
		return backendId + ": " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + cost +
			(tiling == null ? "" : ", tiled into " + tiling.describe()) + (reason.isEmpty() ? "" : " — " + reason);
	}
}
