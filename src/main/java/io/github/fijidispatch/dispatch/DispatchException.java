package io.github.fijidispatch.dispatch;

/**
 * A call that no backend could complete: the backend named on the call is
 * unavailable, declines or failed (it never falls back), or every candidate
 * declined or failed. The message says why for each backend; the cause is
 * the last backend failure, if any.
 */
public class DispatchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DispatchException(final String message) {
		super(message);
	}

	public DispatchException(final String message, final Throwable cause) {
		super(message, cause);
	}
}
