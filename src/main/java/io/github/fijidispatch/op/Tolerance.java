package io.github.fijidispatch.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How closely a backend's result must agree with the reference backend's:
 * the one home of the agreement rule. The conformance kit's comparisons ask
 * it for the {@link Bound} of each comparison, and the op table of the README
 * and the sentence every op's javadoc carries ({@link #sentence()}, checked
 * by a test) are generated from {@link #describe()}.
 * <ul>
 * <li>{@link #EXACT}: identical pixels or cells (NaN equals NaN).</li>
 * <li>{@link #PARTITION}: label images that induce the same partition of the
 * pixels; numbering may differ.</li>
 * <li>{@link #NUMERIC}: integer outputs within 1; float outputs within
 * {@code relative · input range} (the largest {@code max − min} of the finite
 * pixels of the inputs), as {@code OPS.md} says — but never less than
 * {@link #FLOAT_SLACK_ULPS} float32 ulps of the largest magnitude (the largest
 * finite {@code |value|} among the inputs and the reference result). NB: the
 * floor only decides when the range is below about 2% of the magnitude (a
 * constant image, a large offset): float32 arithmetic on values of magnitude
 * M rounds at a few ulps of M whatever the range, so a range-relative bound
 * alone would demand bit-identical results there.</li>
 * <li>{@link #table}: per column of a result table (see
 * {@link ColumnTolerance}).</li>
 * <li>{@link #perParameter}: the rule depends on a choice parameter (e.g.
 * nearest interpolation copies pixels, so it is exact).</li>
 * </ul>
 * Where a comparison meets an infinity, only the same infinity agrees with it.
 */
public final class Tolerance {

	/** What kind of rule this is. */
	public enum Kind {
		EXACT, PARTITION, NUMERIC, TABLE, PER_PARAMETER
	}

	/** The relative bound of {@code OPS.md}: 1e-4 of the input range. */
	public static final double DEFAULT_RELATIVE = 1e-4;
	/** The float32 rounding floor of numeric bounds, in ulps of the magnitude. */
	public static final int FLOAT_SLACK_ULPS = 16;
	/** {@link #FLOAT_SLACK_ULPS} float32 ulps at 1 (about 1.9e-6), relative. */
	public static final double FLOAT_SLACK = FLOAT_SLACK_ULPS * (double) Math.ulp(1f);

	public static final Tolerance EXACT = new Tolerance(Kind.EXACT, 0, null, null, null);
	public static final Tolerance PARTITION = new Tolerance(Kind.PARTITION, 0, null, null, null);
	/** The default numeric tolerance of {@code OPS.md}: 1e-4 of the input range for float, 1 for integers. */
	public static final Tolerance NUMERIC = new Tolerance(Kind.NUMERIC, DEFAULT_RELATIVE, null, null, null);

	private final Kind kind;
	private final double relative;
	private final List<ColumnTolerance> columns;
	private final String parameter;
	private final Map<String, Tolerance> byValue;

	private Tolerance(final Kind kind, final double relative, final List<ColumnTolerance> columns,
		final String parameter, final Map<String, Tolerance> byValue)
	{
		this.kind = kind;
		this.relative = relative;
		this.columns = columns;
		this.parameter = parameter;
		this.byValue = byValue;
	}

	/** A numeric tolerance with another relative bound. */
	public static Tolerance numeric(final double relative) {
		if (!(relative > 0)) throw new IllegalArgumentException("a numeric tolerance needs a relative bound > 0, got " + relative);
		return new Tolerance(Kind.NUMERIC, relative, null, null, null);
	}

	/**
	 * A table tolerance: one rule per column. Every column of the op's tables
	 * must be named by exactly one rule; a table with a column no rule names
	 * does not agree (the comparison says which column lacks a rule).
	 */
	public static Tolerance table(final ColumnTolerance... rules) {
		final Set<String> seen = new LinkedHashSet<>();
		for (final ColumnTolerance r : rules)
			for (final String c : r.columns())
				if (!seen.add(c)) throw new IllegalArgumentException("column '" + c + "' is named by two tolerance rules");
		final List<ColumnTolerance> list = new ArrayList<>();
		Collections.addAll(list, rules);
		return new Tolerance(Kind.TABLE, 0, Collections.unmodifiableList(list), null, null);
	}

	/**
	 * A tolerance chosen by the value of a choice parameter.
	 *
	 * @param parameter the parameter's name, e.g. {@code interpolation}
	 * @param byValue the rule for each of its values, in the order the docs list
	 *          them; none may itself depend on a parameter
	 */
	public static Tolerance perParameter(final String parameter, final Map<String, Tolerance> byValue) {
		if (byValue.isEmpty()) throw new IllegalArgumentException("a per-parameter tolerance needs at least one value");
		for (final Tolerance t : byValue.values())
			if (t.kind == Kind.PER_PARAMETER) throw new IllegalArgumentException("per-parameter tolerances do not nest");
		return new Tolerance(Kind.PER_PARAMETER, 0, null, parameter, Collections.unmodifiableMap(new LinkedHashMap<>(byValue)));
	}

	public Kind kind() {
		return kind;
	}

	/** The relative bound of a numeric tolerance; 0 for the other kinds. */
	public double relative() {
		return relative;
	}

	/** The column rules of a table tolerance; empty for the other kinds. */
	public List<ColumnTolerance> columns() {
		return columns == null ? Collections.<ColumnTolerance> emptyList() : columns;
	}

	/**
	 * The rule that applies to one call: for a per-parameter tolerance the
	 * rule of the call's value, otherwise this.
	 *
	 * @throws IllegalArgumentException when the call's value has no rule
	 */
	public Tolerance forCall(final Parameters params) {
		if (kind != Kind.PER_PARAMETER) return this;
		final String value = String.valueOf(params.get(parameter));
		final Tolerance t = byValue.get(value);
		if (t == null) throw new IllegalArgumentException("the tolerance depends on parameter '" + parameter +
			"', but its value '" + value + "' has no rule; rules exist for " + byValue.keySet());
		return t;
	}

	/**
	 * The bound for an image result of this call.
	 *
	 * @param outputKind the pixel kind of the result
	 * @param inputs the scale of the call's inputs
	 * @param resultMagnitude the largest finite |value| of the reference result
	 * @throws IllegalStateException for a table or per-parameter tolerance
	 *           (resolve it with {@link #forCall} first)
	 */
	public Bound pixelBound(final PixelKind outputKind, final InputScale inputs, final double resultMagnitude) {
		switch (kind) {
			case EXACT: return Bound.exact();
			case PARTITION: return new Bound(0, "the same partition: no conflicting pixel");
			case NUMERIC:
				if (outputKind != null && outputKind.isInteger()) return new Bound(1, "integer output: 1");
				return rangeOrSlack(relative, inputs.range(), "input range", Math.max(inputs.magnitude(), resultMagnitude), "");
			default:
				throw new IllegalStateException("a " + kind + " tolerance has no single pixel bound: " + describe());
		}
	}

	/**
	 * The rule for one column of a table result: a table tolerance's rule
	 * naming it ({@code null} when none does), exact for {@link #EXACT}, the
	 * column's own magnitude for {@link #NUMERIC}.
	 */
	public ColumnTolerance column(final String name) {
		switch (kind) {
			case TABLE:
				for (final ColumnTolerance r : columns)
					if (r.columns().contains(name)) return r;
				return null;
			case NUMERIC: return ColumnTolerance.ofColumnMagnitude(relative, name);
			case PER_PARAMETER: throw new IllegalStateException("resolve a per-parameter tolerance with forCall first: " +
				describe());
			default: return ColumnTolerance.exact(name);
		}
	}

	/** {@code max(relative · range, slack · magnitude)}, saying which one decided. */
	static Bound rangeOrSlack(final double relative, final double range, final String rangeName, final double magnitude,
		final String prefix)
	{
		final double nominal = relative * range;
		final double slack = FLOAT_SLACK * magnitude;
		if (slack > nominal) return new Bound(slack, prefix + FLOAT_SLACK_ULPS + " float32 ulps of the largest magnitude " +
			Bound.format(magnitude) + " (more than " + Bound.format(relative) + " · " + rangeName + " " + Bound.format(range) + ")");
		return new Bound(nominal, prefix + Bound.format(relative) + " · " + rangeName + " " + Bound.format(range));
	}

	/** The rule in words, as the README's op table shows it. */
	public String describe() {
		switch (kind) {
			case EXACT: return "exact";
			case PARTITION: return "the same partition into labels (numbering may differ)";
			case NUMERIC: return "float |Δ| ≤ " + Bound.format(relative) + " · input range (at least " + FLOAT_SLACK_ULPS +
				" float32 ulps of the largest magnitude), integer |Δ| ≤ 1";
			case TABLE: {
				final List<String> parts = new ArrayList<>();
				for (final ColumnTolerance r : columns)
					parts.add(r.describe());
				return "per column: " + String.join("; ", parts);
			}
			default: {
				final List<String> parts = new ArrayList<>();
				for (final Map.Entry<String, Tolerance> e : byValue.entrySet())
					parts.add(e.getKey() + " " + parameter + ": " + e.getValue().describe());
				return String.join("; ", parts);
			}
		}
	}

	/** The sentence each op's class javadoc must contain: {@code Tolerance: } + {@link #describe()} + {@code .} */
	public String sentence() {
		return "Tolerance: " + describe() + ".";
	}

	@Override
	public String toString() {
		return describe();
	}
}
