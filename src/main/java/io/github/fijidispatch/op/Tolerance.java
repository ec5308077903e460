package io.github.fijidispatch.op;

/**
 * How closely a backend's result must agree with the reference backend's.
 * <ul>
 * <li>{@link #EXACT}: identical pixels (masks, flips, crops, integer projections).</li>
 * <li>{@link #PARTITION}: label images that induce the same partition of the
 * pixels; numbering may differ.</li>
 * <li>{@link #NUMERIC}: float results within {@code relative · (max − min of
 * the input)}; integer results within 1.</li>
 * </ul>
 */
public final class Tolerance {

	public enum Kind {
		EXACT, PARTITION, NUMERIC
	}

	public static final Tolerance EXACT = new Tolerance(Kind.EXACT, 0);
	public static final Tolerance PARTITION = new Tolerance(Kind.PARTITION, 0);
	/** The default numeric tolerance of {@code OPS.md}: 1e-4 of the input range, 1 for integers. */
	public static final Tolerance NUMERIC = new Tolerance(Kind.NUMERIC, 1e-4);

	private final Kind kind;
	private final double relative;

	private Tolerance(final Kind kind, final double relative) {
		this.kind = kind;
		this.relative = relative;
	}

	/** A numeric tolerance with another relative bound. */
	public static Tolerance numeric(final double relative) {
		return new Tolerance(Kind.NUMERIC, relative);
	}

	public Kind kind() {
		return kind;
	}

	public double relative() {
		return relative;
	}

	/**
	 * The largest allowed absolute difference for an output of the given kind
	 * whose input spans {@code inputRange}.
	 */
	public double absolute(final PixelKind outputKind, final double inputRange) {
		if (kind != Kind.NUMERIC) return 0;
		if (outputKind != null && outputKind.isInteger()) return 1;
		return relative * Math.max(inputRange, 1e-12);
	}

	/** As the docs show it. */
	public String describe() {
		switch (kind) {
			case EXACT: return "exact";
			case PARTITION: return "same partition (labels may be renumbered)";
			default: return "float: |Δ| ≤ " + java.math.BigDecimal.valueOf(relative).stripTrailingZeros().toPlainString() + " · input range; integer: |Δ| ≤ 1";
		}
	}

	@Override
	public String toString() {
		return describe();
	}
}
