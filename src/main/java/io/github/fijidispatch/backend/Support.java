package io.github.fijidispatch.backend;

/**
 * A yes, or a no with a reason a user can act on: the answer of a backend's
 * availability check and of an implementation's can-run check.
 */
public final class Support {

	private static final Support YES = new Support(true, "");

	private final boolean yes;
	private final String reason;

	private Support(final boolean yes, final String reason) {
		this.yes = yes;
		this.reason = reason;
	}

	public static Support yes() {
		return YES;
	}

	/** A no; the reason must say what is missing or too large, and what would help. */
	public static Support no(final String reason) {
		if (reason == null || reason.trim().isEmpty()) throw new IllegalArgumentException("a 'no' needs a reason");
		return new Support(false, reason);
	}

	public boolean isYes() {
		return yes;
	}

	/** Why not; empty for a yes. */
	public String reason() {
		return reason;
	}

	@Override
	public String toString() {
		return yes ? "yes" : "no: " + reason;
	}
}
