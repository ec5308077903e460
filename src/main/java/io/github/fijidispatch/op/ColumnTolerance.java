package io.github.fijidispatch.op;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * How closely the cells of some columns of a result table must agree with
 * the reference's: exactly (counts, areas, labels), within a fraction of an
 * input's range (values on the scale of the input pixels: means, extrema,
 * standard deviations), or within a fraction of the column's own largest
 * value (sums, coordinates, metrics). Part of a table {@link Tolerance}.
 */
public final class ColumnTolerance {

	/** What a column's bound is relative to. */
	public enum Scale {
		/** No difference allowed. */
		EXACT,
		/** {@code relative · (max − min)} of one input, at least the float32 slack of its magnitude. */
		INPUT_RANGE,
		/** {@code relative · max(1, largest finite |value| of the reference column)}. */
		COLUMN_MAGNITUDE
	}

	private final List<String> columns;
	private final Scale scale;
	private final double relative;
	private final String input;

	private ColumnTolerance(final Scale scale, final double relative, final String input, final String... columns) {
		if (columns.length == 0) throw new IllegalArgumentException("a column tolerance needs at least one column");
		this.columns = Collections.unmodifiableList(Arrays.asList(columns.clone()));
		this.scale = scale;
		this.relative = relative;
		this.input = input;
	}

	/** These columns must be equal (NaN equals NaN). */
	public static ColumnTolerance exact(final String... columns) {
		return new ColumnTolerance(Scale.EXACT, 0, null, columns);
	}

	/** These columns within {@link Tolerance#DEFAULT_RELATIVE} of the range of the named input. */
	public static ColumnTolerance ofInputRange(final String input, final String... columns) {
		return new ColumnTolerance(Scale.INPUT_RANGE, Tolerance.DEFAULT_RELATIVE, input, columns);
	}

	/** These columns within {@code relative} of their own largest reference value (at least 1). */
	public static ColumnTolerance ofColumnMagnitude(final double relative, final String... columns) {
		return new ColumnTolerance(Scale.COLUMN_MAGNITUDE, relative, null, columns);
	}

	public List<String> columns() {
		return columns;
	}

	public Scale scale() {
		return scale;
	}

	/** The fraction of the scale allowed; 0 when exact. */
	public double relative() {
		return relative;
	}

	/** The input whose range {@link Scale#INPUT_RANGE} refers to; {@code null} otherwise. */
	public String input() {
		return input;
	}

	/**
	 * The bound for one column of this rule.
	 *
	 * @param column the column's name (for the derivation)
	 * @param reference the reference table's values of that column
	 * @param inputs the scale of the call's inputs
	 */
	public Bound bound(final String column, final double[] reference, final InputScale inputs) {
		switch (scale) {
			case EXACT:
				return new Bound(0, "column " + column + ": exact");
			case INPUT_RANGE: {
				final double magnitude = Math.max(inputs.magnitude(input), largestFinite(reference));
				return Tolerance.rangeOrSlack(relative, inputs.range(input), "range of input '" + input + "'", magnitude,
					"column " + column + ": ");
			}
			default: {
				final double m = Math.max(1, largestFinite(reference));
				return new Bound(relative * m, "column " + column + ": " + Bound.format(relative) + " · max(1, largest |value| " +
					Bound.format(m) + ")");
			}
		}
	}

	/** The rule as the docs show it, e.g. {@code label, area exact}. */
	public String describe() {
		final String names = String.join(", ", columns);
		switch (scale) {
			case EXACT: return names + " exact";
			case INPUT_RANGE: return names + " |Δ| ≤ " + Bound.format(relative) + " · range of input '" + input + "'";
			default: return names + " |Δ| ≤ " + Bound.format(relative) + " · max(1, largest |value| of the column)";
		}
	}

	@Override
	public String toString() {
		return describe();
	}

	static double largestFinite(final double[] values) {
		double max = 0;
		for (final double v : values)
			if (!Double.isInfinite(v) && !Double.isNaN(v)) max = Math.max(max, Math.abs(v));
		return max;
	}
}
