package io.github.fijidispatch.conformance;

import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;

/**
 * Column by column comparison of two tables. Rows are matched by the value
 * of the {@code label} column when there is one (numbering may differ only
 * for images, not for tables measured from the same labels), otherwise by
 * position. Under a numeric tolerance a cell may differ by {@code
 * max(relative, 1e-6) · max(1, |largest finite reference value of its
 * column|)}; otherwise cells must be equal. The worst cell is the one with
 * the largest error relative to its bound.
 */
final class TableComparison {

	static final String LABEL = "label";
	private static final double MIN_RELATIVE = 1e-6;

	private TableComparison() {
		// NB: static holder
	}

	static ResultComparison compare(final ResultTable reference, final ResultTable actual, final Tolerance tolerance) {
		if (!reference.columns().equals(actual.columns())) return ResultComparison.mismatch("columns " +
			actual.columns() + "; the reference has " + reference.columns());
		if (reference.rowCount() != actual.rowCount()) return ResultComparison.mismatch(actual.rowCount() +
			" rows; the reference has " + reference.rowCount());
		final int[] rows = matchRows(reference, actual);
		if (rows == null) return ResultComparison.mismatch("the labels differ from the reference's");
		final double relative = tolerance.kind() == Tolerance.Kind.NUMERIC ? Math.max(tolerance.relative(), MIN_RELATIVE) : 0;
		double worstRatio = 0, worst = 0, worstBound = 0;
		String where = "";
		for (final String column : reference.columns()) {
			final double[] r = reference.column(column);
			final double[] a = actual.column(column);
			final double bound = relative * Math.max(1, largestFinite(r));
			for (int i = 0; i < r.length; i++) {
				final double d = ResultComparison.difference(r[i], a[rows[i]]);
				final double ratio = d == 0 ? 0 : bound == 0 ? Double.POSITIVE_INFINITY : d / bound;
				if (ratio > worstRatio || (ratio == worstRatio && d > worst)) {
					worstRatio = ratio;
					worst = d;
					worstBound = bound;
					where = "column " + column + ", row " + i + ": reference " + r[i] + ", actual " + a[rows[i]];
				}
			}
		}
		return new ResultComparison(worstRatio <= 1, worst, worstRatio == 0 ? relative : worstBound, where);
	}

	/** For each reference row, the matching actual row; {@code null} when labels do not match. */
	private static int[] matchRows(final ResultTable reference, final ResultTable actual) {
		final int[] rows = new int[reference.rowCount()];
		if (!reference.columns().contains(LABEL)) {
			for (int i = 0; i < rows.length; i++)
				rows[i] = i;
			return rows;
		}
		final Map<Double, Integer> byLabel = new HashMap<>();
		final double[] labels = actual.column(LABEL);
		for (int i = 0; i < labels.length; i++)
			byLabel.put(labels[i], i);
		final double[] wanted = reference.column(LABEL);
		for (int i = 0; i < rows.length; i++) {
			final Integer row = byLabel.get(wanted[i]);
			if (row == null) return null;
			rows[i] = row;
		}
		return rows;
	}

	private static double largestFinite(final double[] values) {
		double max = 0;
		for (final double v : values)
			if (!Double.isInfinite(v) && !Double.isNaN(v)) max = Math.max(max, Math.abs(v));
		return max;
	}
}
