package io.github.fijidispatch.op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One typed parameter of an op, declared once: name, kind, default, allowed
 * range or choices, unit and description. The declaration drives validation,
 * the text parsing used by the command line and macros, the Fiji dialogs and
 * the generated docs.
 * <p>
 * Canonical values after {@link #coerce}: {@code Double} for a real,
 * {@code Integer} for an integer, {@code String} for a choice,
 * {@code Boolean} for a flag. A <em>per-axis</em> real or integer may also hold
 * a {@code double[]} / {@code int[]} of one to three values (X, Y, Z); a scalar
 * broadcasts to every axis.
 * </p>
 */
public final class ParameterSpec {

	/**
	 * A number as text: digits with an optional point and exponent. NB: stricter
	 * than {@link Double#parseDouble}, which also takes {@code 2d}, {@code 2f},
	 * hex floats, {@code NaN} and {@code Infinity}.
	 */
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	/** The value kinds a parameter can have. */
	public enum Kind {
		REAL, INTEGER, CHOICE, BOOLEAN
	}

	private final String name;
	private final Kind kind;
	private final Object defaultValue;
	private final double min;
	private final double max;
	private final boolean minExclusive;
	private final List<String> choices;
	private final String unit;
	private final String description;
	private final boolean perAxis;
	private final boolean internal;

	private ParameterSpec(final Builder b) {
		this.name = b.name;
		this.kind = b.kind;
		this.min = b.min;
		this.max = b.max;
		this.minExclusive = b.minExclusive;
		this.choices = Collections.unmodifiableList(new ArrayList<>(b.choices));
		this.unit = b.unit;
		this.description = b.description;
		this.perAxis = b.perAxis;
		this.internal = b.internal;
		this.defaultValue = b.defaultValue == null ? null : coerce("(declaration)", b.defaultValue);
	}

	public static Builder real(final String name) {
		return new Builder(name, Kind.REAL);
	}

	public static Builder integer(final String name) {
		return new Builder(name, Kind.INTEGER);
	}

	public static Builder choice(final String name, final String... choices) {
		final Builder b = new Builder(name, Kind.CHOICE);
		b.choices.addAll(Arrays.asList(choices));
		return b;
	}

	public static Builder flag(final String name) {
		return new Builder(name, Kind.BOOLEAN);
	}

	// -- Accessors --

	public String name() {
		return name;
	}

	public Kind kind() {
		return kind;
	}

	/** The default in canonical form, or {@code null} when the parameter is required. */
	public Object defaultValue() {
		return defaultValue;
	}

	public boolean isRequired() {
		return defaultValue == null;
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	/** Whether {@link #min()} itself is excluded: values must be greater than it. */
	public boolean isMinExclusive() {
		return minExclusive;
	}

	public List<String> choices() {
		return choices;
	}

	/** The unit ("px", "" when none). */
	public String unit() {
		return unit;
	}

	public String description() {
		return description;
	}

	public boolean isPerAxis() {
		return perAxis;
	}

	/** What this parameter allows, in words, as error messages and docs show it. */
	public String allowed() {
		final String u = unit.isEmpty() ? "" : " " + unit;
		switch (kind) {
			case CHOICE:
				return "one of " + String.join(", ", choices);
			case BOOLEAN:
				return "true or false";
			default:
				final String what = kind == Kind.REAL ? "a finite number" : "a whole number";
				final String range = " in " + (minExclusive ? "(" : "[") + format(min) + ", " + format(max) + "]" + u;
				return (perAxis ? what + " or one per axis (x,y[,z])" : what) + range;
		}
	}

	// -- Validation --

	/**
	 * Converts a caller's value (Java object or text) to the canonical form and
	 * checks it against the declaration.
	 *
	 * @throws IllegalArgumentException naming the op, the parameter, the value
	 *           and what is allowed
	 */
	public Object coerce(final String opId, final Object raw) {
		if (raw == null) throw invalid(opId, "null");
		switch (kind) {
			case REAL:
			case INTEGER:
				return coerceNumber(opId, raw);
			case CHOICE:
				return coerceChoice(opId, raw);
			default:
				return coerceFlag(opId, raw);
		}
	}

	private Object coerceNumber(final String opId, final Object raw) {
		final double[] values = numbers(opId, raw);
		if (values.length == 0 || values.length > (perAxis ? 3 : 1)) throw invalid(opId, describe(raw));
		for (final double v : values) {
			if (Double.isNaN(v) || Double.isInfinite(v) || v < min || v > max || minExclusive && v == min)
				throw invalid(opId, describe(raw));
			if (kind == Kind.INTEGER && v != Math.rint(v)) throw invalid(opId, describe(raw));
		}
		if (kind == Kind.INTEGER) {
			final int[] ints = new int[values.length];
			for (int i = 0; i < ints.length; i++)
				ints[i] = (int) values[i];
			return ints.length == 1 ? (Object) ints[0] : ints;
		}
		return values.length == 1 ? (Object) values[0] : values;
	}

	private double[] numbers(final String opId, final Object raw) {
		if (raw instanceof Number) return new double[] { ((Number) raw).doubleValue() };
		if (raw instanceof double[]) return ((double[]) raw).clone();
		if (raw instanceof float[]) {
			final float[] f = (float[]) raw;
			final double[] d = new double[f.length];
			for (int i = 0; i < f.length; i++)
				d[i] = f[i];
			return d;
		}
		if (raw instanceof int[]) return Arrays.stream((int[]) raw).asDoubleStream().toArray();
		if (raw instanceof long[]) return Arrays.stream((long[]) raw).asDoubleStream().toArray();
		if (raw instanceof List) {
			final List<?> list = (List<?>) raw;
			final double[] d = new double[list.size()];
			for (int i = 0; i < d.length; i++) {
				final Object o = list.get(i);
				if (!(o instanceof Number)) throw invalid(opId, describe(raw));
				d[i] = ((Number) o).doubleValue();
			}
			return d;
		}
		if (raw instanceof CharSequence) {
			// NB: limit -1 keeps empty parts, so that "2," and "2,,3" are refused rather than read as 2 and 2,3.
			final String[] parts = raw.toString().trim().split("\\s*,\\s*", -1);
			final double[] d = new double[parts.length];
			for (int i = 0; i < parts.length; i++) {
				if (!NUMBER.matcher(parts[i]).matches()) throw invalid(opId, describe(raw));
				d[i] = Double.parseDouble(parts[i]);
			}
			return d;
		}
		throw invalid(opId, describe(raw));
	}

	private Object coerceChoice(final String opId, final Object raw) {
		final String text = raw.toString().trim();
		for (final String c : choices)
			if (c.equalsIgnoreCase(text)) return c;
		throw invalid(opId, describe(raw));
	}

	private Object coerceFlag(final String opId, final Object raw) {
		if (raw instanceof Boolean) return raw;
		final Boolean b = Flags.parse(raw.toString());
		if (b == null) throw invalid(opId, describe(raw));
		return b;
	}

	private IllegalArgumentException invalid(final String opId, final String value) {
		return new BadInputException(opId + ": parameter '" + name + "' = " + value + " is not allowed; expected " + allowed(),
			opId, name, value, allowed());
	}

	private static String describe(final Object raw) {
		if (raw instanceof double[]) return Arrays.toString((double[]) raw);
		if (raw instanceof float[]) return Arrays.toString((float[]) raw);
		if (raw instanceof int[]) return Arrays.toString((int[]) raw);
		if (raw instanceof long[]) return Arrays.toString((long[]) raw);
		if (raw instanceof CharSequence) return "\"" + raw + "\"";
		return String.valueOf(raw);
	}

	static String format(final double v) {
		if (v == Double.MAX_VALUE) return "inf";
		if (v == -Double.MAX_VALUE) return "-inf";
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
		return String.format(Locale.ROOT, "%g", v);
	}

	/** Canonical value as text, as the command line and macros accept it. */
	public static String toText(final Object value) {
		if (value instanceof double[]) {
			final StringBuilder sb = new StringBuilder();
			for (final double v : (double[]) value)
				sb.append(sb.length() == 0 ? "" : ",").append(format(v));
			return sb.toString();
		}
		if (value instanceof int[]) {
			final StringBuilder sb = new StringBuilder();
			for (final int v : (int[]) value)
				sb.append(sb.length() == 0 ? "" : ",").append(v);
			return sb.toString();
		}
		if (value instanceof Double) return format((Double) value);
		return String.valueOf(value);
	}

	@Override
	public String toString() {
		return name + " (" + allowed() + (defaultValue == null ? ", required" : ", default " + toText(defaultValue)) + ")";
	}

	/**
	 * Whether the parameter is internal: not part of the op's public contract
	 * (not in {@link Op#parameters()}, menus, documentation or defaults), only
	 * given by the suite itself, e.g. the block engine telling an op which part
	 * of the whole-image result a call on a block computes.
	 */
	public boolean isInternal() {
		return internal;
	}

	/** Declares a parameter fluently. */
	public static final class Builder {

		private final String name;
		private final Kind kind;
		private Object defaultValue;
		private double min = -Double.MAX_VALUE;
		private double max = Double.MAX_VALUE;
		private boolean minExclusive;
		private final List<String> choices = new ArrayList<>();
		private String unit = "";
		private String description = "";
		private boolean perAxis;
		private boolean internal;

		private Builder(final String name, final Kind kind) {
			this.name = name;
			this.kind = kind;
		}

		public Builder defaultValue(final Object value) {
			this.defaultValue = value;
			return this;
		}

		public Builder range(final double minimum, final double maximum) {
			this.min = minimum;
			this.max = maximum;
			return this;
		}

		/** Like {@link #range} but {@code minimum} itself is not allowed: {@code (minimum, maximum]}. */
		public Builder rangeAbove(final double minimum, final double maximum) {
			range(minimum, maximum);
			this.minExclusive = true;
			return this;
		}

		public Builder unit(final String u) {
			this.unit = u;
			return this;
		}

		public Builder description(final String text) {
			this.description = text;
			return this;
		}

		/** Accepts one value per axis (X, Y, Z); a scalar broadcasts. */
		public Builder perAxis() {
			this.perAxis = true;
			return this;
		}

		/** Internal: see {@link ParameterSpec#isInternal()}; never defaulted, present only when given. */
		public Builder internal() {
			this.internal = true;
			return this;
		}

		public ParameterSpec build() {
			return new ParameterSpec(this);
		}
	}
}
