package io.github.fijidispatch.op;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The largest difference one comparison allows, and how it was derived from
 * an op's {@link Tolerance} (e.g. {@code 1e-4 · input range 255}), so that a
 * verdict can say which bound it applied rather than the nominal one.
 */
public final class Bound {

	private static final Bound EXACT = new Bound(0, "exact");

	private final double value;
	private final String derivation;

	/**
	 * @param value the largest allowed absolute difference, ≥ 0
	 * @param derivation how the value follows from the tolerance, e.g.
	 *          {@code integer output: 1}
	 */
	public Bound(final double value, final String derivation) {
		if (!(value >= 0)) throw new IllegalArgumentException("a bound must be ≥ 0, got " + value + " (" + derivation + ")");
		this.value = value;
		this.derivation = derivation;
	}

	/** No difference allowed. */
	public static Bound exact() {
		return EXACT;
	}

	public double value() {
		return value;
	}

	/** How the value was derived; names the rule and its inputs. */
	public String derivation() {
		return derivation;
	}

	/** Whether {@code difference} (≥ 0, possibly infinite) is within the bound. */
	public boolean admits(final double difference) {
		return difference <= value;
	}

	/** A number as the derivations show it: 4 significant digits, {@code 1e-4} style for small powers of ten. */
	public static String format(final double x) {
		if (x == 0) return "0";
		if (Double.isInfinite(x) || Double.isNaN(x)) return String.valueOf(x);
		final BigDecimal d = new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros();
		if (d.unscaledValue().abs().equals(java.math.BigInteger.ONE) && Math.abs(x) < 1e-2) return (x < 0 ? "-" : "") +
			"1e-" + d.scale();
		return d.abs().compareTo(BigDecimal.valueOf(1e-3)) < 0 ? d.toString().replace("E", "e") : d.toPlainString();
	}

	@Override
	public String toString() {
		return format(value) + " (" + derivation + ")";
	}
}
