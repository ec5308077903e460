package io.github.fijidispatch.conformance;

import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.op.Bound;
import io.github.fijidispatch.op.ColumnTolerance;
import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;

/**
 * Column by column comparison of two tables. Rows are matched by the value
 * of the {@code label} column when there is one (numbering may differ only
 * for images, not for tables measured from the same labels), otherwise by
 * position. Each column is held to the bound of its rule in the op's
 * {@link Tolerance} ({@link Tolerance#column}); a column without a rule never
 * agrees. The comparison reports the decisive column: the one whose largest
 * error is the largest fraction of its bound (the first column when every
 * cell is identical), with that error, that bound and the worst cell.
 */
final class TableComparison {

	static final String LABEL = "label";

	private TableComparison() {
		// NB: static holder
	}

	static ResultComparison compare(final ResultTable reference, final ResultTable actual, final Tolerance tolerance,
		final InputScale inputs)
	{
		if (!reference.columns().equals(actual.columns())) return ResultComparison.mismatch("columns " +
			actual.columns() + "; the reference has " + reference.columns());
		if (reference.rowCount() != actual.rowCount()) return ResultComparison.mismatch(actual.rowCount() +
			" rows; the reference has " + reference.rowCount());
		final int[] rows = matchRows(reference, actual);
		if (rows == null) return ResultComparison.mismatch("the labels differ from the reference's");
		ResultComparison decisive = null;
		double decisiveRatio = -1;
		for (final String column : reference.columns()) {
			final ColumnTolerance rule = tolerance.column(column);
			if (rule == null) return ResultComparison.mismatch("column " + column + " has no rule in the tolerance (" +
				tolerance.describe() + ")");
			final double[] r = reference.column(column);
			final double[] a = actual.column(column);
			final Bound bound = rule.bound(column, r, inputs);
			double worst = 0;
			String where = "";
			for (int i = 0; i < r.length; i++) {
				final double d = ResultComparison.difference(r[i], a[rows[i]]);
				if (d > worst) {
					worst = d;
					where = "column " + column + ", row " + i + ": reference " + r[i] + ", actual " + a[rows[i]];
				}
			}
			final double ratio = worst == 0 ? 0 : bound.value() == 0 ? Double.POSITIVE_INFINITY : worst / bound.value();
			if (ratio > decisiveRatio) {
				decisiveRatio = ratio;
				decisive = new ResultComparison(bound.admits(worst), worst, bound, column, where);
			}
		}
		return decisive != null ? decisive : new ResultComparison(true, 0, Bound.exact(), "", "");
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
}
