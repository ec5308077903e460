package io.github.fijidispatch.backend;

/**
 * A yes, or a no with a reason a user can act on: the answer of a backend's
 * availability check and of an implementation's can-run check. A special no,
 * {@linkplain #tooLarge too large}, says that the call does not fit the device
 * as a whole but would in parts: dispatch may then run it tile by tile on the
 * same backend (README, "Beyond device memory"); everything that does not know
 * about tiling treats it as the plain no it is.
 */
public final class Support {

	private static final Support YES = new Support(true, "", Double.NaN);

	private final boolean yes;
	private final String reason;
	private final double fitFraction;

	private Support(final boolean yes, final String reason, final double fitFraction) {
		this.yes = yes;
		this.reason = reason;
		this.fitFraction = fitFraction;
	}

	public static Support yes() {
		return YES;
	}

	/** A no; the reason must say what is missing or too large, and what would help. */
	public static Support no(final String reason) {
		if (reason == null || reason.trim().isEmpty()) throw new IllegalArgumentException("a 'no' needs a reason");
		return new Support(false, reason, Double.NaN);
	}

	/**
	 * A no because the call's buffers exceed what the device holds (its limits or the device budget), though a
	 * smaller call of the same kind would fit.
	 *
	 * @param reason the figures, as for {@link #no}
	 * @param fitFraction the share of this call's size that fits, in (0, 1): e.g. 0.25 when the call needs four
	 *          times the room there is
	 */
	public static Support tooLarge(final String reason, final double fitFraction) {
		if (!(fitFraction > 0 && fitFraction < 1)) throw new IllegalArgumentException("fit fraction " + fitFraction +
			" is not in (0, 1)");
		final Support no = no(reason);
		return new Support(false, no.reason, fitFraction);
	}

	/** Whether this is a no only because the call is too large for the device as a whole ({@link #tooLarge}). */
	public boolean isTooLarge() {
		return !Double.isNaN(fitFraction);
	}

	/** For {@link #isTooLarge()}: the share of the call's size that fits; {@code NaN} otherwise. */
	public double fitFraction() {
		return fitFraction;
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
		return yes ? "yes" : (isTooLarge() ? "too large: " : "no: ") + reason;
	}
}
