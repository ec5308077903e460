package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A table written as CSV or JSON reads back as the values it holds: whole numbers as such, every other value to the
 * last bit of its double (before, six significant digits wrote a max of 1.0000000099 as 1, equal to the min).
 */
class ResultTableTextTest {

	private static final double[] VALUES = { 1, 1.0000000099, 2.8866069988826846e-9, 1e15, -0.1, 123456789.125,
		Math.PI, 3e-300 };

	@Test
	void csvReadsBackToTheSameDoubles() {
		final String[] columns = new String[VALUES.length];
		for (int c = 0; c < columns.length; c++)
			columns[c] = "c" + c;
		final String csv = new ResultTable(columns).addRow(VALUES).toCsv();
		final String[] cells = csv.split("\n")[1].split(",");
		assertEquals(VALUES.length, cells.length, csv);
		for (int c = 0; c < VALUES.length; c++)
			assertEquals(Double.doubleToLongBits(VALUES[c]), Double.doubleToLongBits(Double.parseDouble(cells[c])),
				"column " + c + " in " + csv);
		assertEquals("1", cells[0], "a whole number is written whole");
		assertEquals("1.0000000099", cells[1]);
	}

	@Test
	void nonFiniteValuesAreNamedInCsvAndNullInJson() {
		final ResultTable t = new ResultTable("a", "b", "c", "d").addRow(Double.NaN, Double.POSITIVE_INFINITY, 42,
			0.5);
		assertEquals("a,b,c,d\nNaN,Infinity,42,0.5\n", t.toCsv());
		assertEquals("[{\"a\":null,\"b\":null,\"c\":42,\"d\":0.5}]", t.toJson());
	}
}
