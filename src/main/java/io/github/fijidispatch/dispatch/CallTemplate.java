package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;

/**
 * What a call fixes before its images are known, checked once ({@link CallPlanner#template}): the op, the backend
 * named for it ({@code null} for none) and its resolved parameters. Immutable; a {@link PreparedCall} holds one for
 * all its runs.
 */
final class CallTemplate {

	private final Op op;
	private final String named;
	private final Parameters params;

	CallTemplate(final Op op, final String named, final Parameters params) {
		this.op = op;
		this.named = named;
		this.params = params;
	}

	Op op() {
		return op;
	}

	/** The backend named for the call, or {@code null}. */
	String named() {
		return named;
	}

	Parameters params() {
		return params;
	}
}
