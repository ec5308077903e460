package io.github.fijidispatch.dispatch;

import java.util.List;

/**
 * What a failed call tells its caller. A backend named on the call that
 * cannot run it or fails is a {@link DispatchException} saying it is never
 * replaced; a call no backend can run lists every backend's reason; a call
 * whose every attempt rejected the pixel values as bad input is an
 * {@link IllegalArgumentException} naming the op (bad input, not a backend
 * fault); anything else lists every attempt's failure.
 */
final class CallFailures {

	private CallFailures() {
		// NB: static holder
	}

	/**
	 * The exception for a call that produced no result.
	 *
	 * @param named the backend named on the call, or {@code null}
	 * @param attempts every attempt, in order, none successful
	 * @param lastFailure the last attempt's exception, or {@code null} when nothing ran
	 * @param allBadInput whether every attempt failed with an {@link IllegalArgumentException}
	 */
	static RuntimeException of(final String named, final Decision decision, final List<Attempt> attempts,
		final Throwable lastFailure, final boolean allBadInput)
	{
		// NB: pixel values only a backend can judge (e.g. fractional labels) are
		// bad input, not a backend fault: when every attempt says so, so does the call.
		if (allBadInput && lastFailure != null) return badInput(decision.opId(), (IllegalArgumentException) lastFailure);
		final String op = decision.opId();
		if (named != null) {
			if (attempts.isEmpty()) return new DispatchException(op + ": backend '" + named +
				"' was named on the call but cannot run it: " + decision.candidate(named).reason());
			return new DispatchException(op + ": backend '" + named + "' was named on the call and failed: " +
				attempts.get(0).failure() + " (a named backend is never replaced)", lastFailure);
		}
		if (attempts.isEmpty()) return new DispatchException(op + ": no backend can run " + decision.call() + ": " +
			decision.reasons());
		final StringBuilder sb = new StringBuilder(op + ": every backend that could run it failed: ");
		for (int i = 0; i < attempts.size(); i++)
			sb.append(i == 0 ? "" : "; ").append(attempts.get(i));
		return new DispatchException(sb.toString(), lastFailure);
	}

	/** A failure in one line: the exception's simple class name and its message. */
	static String describe(final Throwable e) {
		final String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	private static IllegalArgumentException badInput(final String opId, final IllegalArgumentException e) {
		final String message = String.valueOf(e.getMessage());
		return new IllegalArgumentException(message.startsWith(opId) ? message : opId + ": " + message, e);
	}
}
