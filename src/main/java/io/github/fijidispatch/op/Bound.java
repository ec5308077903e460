package io.github.fijidispatch.op;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

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

	/** A number as the derivations show it: 4 significant digits, {@code 1e-4} style below 0.001. */
	public static String format(final double x) {
		if (x == 0) return "0";
		if (Double.isInfinite(x) || Double.isNaN(x)) return String.valueOf(x);
		if (Math.abs(x) < 1e-3) return String.format(Locale.ROOT, "%.3e", x).replaceFirst("\\.?0*e", "e")
			.replaceFirst("e([-+])0*(\\d)", "e$1$2").replace("e+", "e");
		return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
	}

	@Override
	public String toString() {
		return format(value) + " (" + derivation + ")";
	}
}
