package io.github.fijidispatch.dispatch;

/** Where a backend stands in one dispatch decision. */
public enum CandidateStatus {
	/** Runs the call. */
	CHOSEN,
	/** Runs the call if the ones before it fail. */
	FALLBACK,
	/** Could run it but is not tried (fallback off, mode off, or a named backend). */
	NOT_TRIED,
	/** Excluded by an {@code only(...)} scope or mode {@code off}. */
	EXCLUDED,
	/** Implements the op but said no for these arguments. */
	DECLINED,
	/** Has no implementation of the op. */
	NOT_IMPLEMENTED,
	/** Cannot run anything here. */
	UNAVAILABLE
}
