package io.github.fijidispatch.op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A typed table of numbers: named columns, one row per item (a label, an
 * image). The result of measuring ops; the command line prints it as CSV or
 * JSON and Fiji shows it as a results table.
 */
public final class ResultTable {

	private final List<String> columns;
	private final List<double[]> rows = new ArrayList<>();

	public ResultTable(final String... columns) {
		this.columns = Collections.unmodifiableList(Arrays.asList(columns.clone()));
	}

	public List<String> columns() {
		return columns;
	}

	public int rowCount() {
		return rows.size();
	}

	/** Appends a row; it must have one value per column. */
	public ResultTable addRow(final double... values) {
		if (values.length != columns.size())
			throw new IllegalArgumentException("row has " + values.length + " values; table has " + columns.size() + " columns " + columns);
		rows.add(values.clone());
		return this;
	}

	public double get(final int row, final String column) {
		final int c = columns.indexOf(column);
		if (c < 0) throw new IllegalArgumentException("no column '" + column + "'; columns: " + columns);
		return rows.get(row)[c];
	}

	public double[] row(final int row) {
		return rows.get(row).clone();
	}

	public double[] column(final String column) {
		final double[] out = new double[rows.size()];
		for (int r = 0; r < out.length; r++)
			out[r] = get(r, column);
		return out;
	}

	/** CSV with a header line; numbers as {@link #number} writes them. */
	public String toCsv() {
		final StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
		for (final double[] r : rows) {
			for (int c = 0; c < r.length; c++)
				sb.append(c == 0 ? "" : ",").append(number(r[c]));
			sb.append('\n');
		}
		return sb.toString();
	}

	/** A JSON array of objects, one per row. */
	public String toJson() {
		final StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < rows.size(); i++) {
			sb.append(i == 0 ? "" : ",").append('{');
			final double[] r = rows.get(i);
			for (int c = 0; c < r.length; c++) {
				final double v = r[c];
				final String text = Double.isNaN(v) || Double.isInfinite(v) ? "null" : number(v);
				sb.append(c == 0 ? "" : ",").append('"').append(columns.get(c)).append("\":").append(text);
			}
			sb.append('}');
		}
		return sb.append(']').toString();
	}

	/**
	 * A whole number below 10<sup>15</sup> as such; any other value as a decimal that reads back as the same double
	 * ({@link Double#toString}: plain from 10<sup>−3</sup> to 10<sup>7</sup>, else with an exponent, e.g.
	 * {@code 2.886607004772212E-9}), so that a table written and read again holds the values it was made of.
	 * NB: six significant digits, as before, wrote a max of 1.0000000099 as 1, equal to the min.
	 */
	private static String number(final double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
		return Double.toString(v);
	}

	@Override
	public String toString() {
		return toCsv();
	}
}
