package io.github.fijidispatch.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.label.ComponentsOp;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import io.github.fijidispatch.op.transform.FlipOp;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

/** The comparison rules of the kit, on hand-made results. */
class ResultComparisonTest {

	private static final Op LABELS = new ComponentsOp();
	private static final Op EXACT = new FlipOp();
	private static final Op NUMERIC = new GaussOp();
	private static final Op TABLE = new MeasureLabelsOp();

	@Test
	void renumberedLabelsAreTheSamePartition() {
		final ResultComparison c = ResultComparison.compare(LABELS, ArrayImgs.floats(new float[] { 0, 1, 1, 2, 3 }, 5, 1),
			ArrayImgs.floats(new float[] { 0, 3, 3, 1, 2 }, 5, 1), 3);
		assertTrue(c.agrees(), c.toString());
	}

	@Test
	void labelsMustBeConsecutive() {
		final ResultComparison gap = ResultComparison.compare(LABELS, ArrayImgs.floats(new float[] { 0, 1, 2 }, 3, 1),
			ArrayImgs.floats(new float[] { 0, 1, 5 }, 3, 1), 2);
		assertFalse(gap.agrees());
		assertEquals("labels are not 1..2 consecutive: the largest is 5.0", gap.where());
	}

	@Test
	void mergedOrSplitLabelsAreNot() {
		final ResultComparison merged = ResultComparison.compare(LABELS, ArrayImgs.floats(new float[] { 0, 1, 1, 2, 3 }, 5, 1),
			ArrayImgs.floats(new float[] { 0, 1, 1, 1, 2 }, 5, 1), 3);
		assertFalse(merged.agrees());
		assertEquals("at [3, 0]: actual label 1.0 covers reference labels 1.0 and 2.0", merged.where());
		final ResultComparison background = ResultComparison.compare(LABELS, ArrayImgs.floats(new float[] { 0, 1 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 1 }, 2, 1), 1);
		assertFalse(background.agrees());
		assertTrue(background.where().contains("background differs"), background.where());
	}

	@Test
	void exactMeansIdenticalAndNumericScalesWithTheInputRange() {
		assertFalse(ResultComparison.compare(EXACT, ArrayImgs.floats(new float[] { 1, 2 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 2.0001f }, 2, 1), 100).agrees());
		final ResultComparison within = ResultComparison.compare(NUMERIC, ArrayImgs.floats(new float[] { 1, 2 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 2.009f }, 2, 1), 100);
		assertTrue(within.agrees(), within.toString());
		assertEquals(0.01, within.bound(), 1e-12);
		assertFalse(ResultComparison.compare(NUMERIC, ArrayImgs.floats(new float[] { 1, 2 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 2.02f }, 2, 1), 100).agrees());
		assertTrue(ResultComparison.compare(NUMERIC, ArrayImgs.unsignedBytes(new byte[] { 1, 2 }, 2, 1),
			ArrayImgs.unsignedBytes(new byte[] { 2, 1 }, 2, 1), 0).agrees(), "integers within 1");
	}

	@Test
	void nanEqualsNanButNotANumber() {
		assertTrue(ResultComparison.compare(EXACT, ArrayImgs.floats(new float[] { Float.NaN }, 1, 1),
			ArrayImgs.floats(new float[] { Float.NaN }, 1, 1), 0).agrees());
		assertFalse(ResultComparison.compare(NUMERIC, ArrayImgs.floats(new float[] { Float.NaN }, 1, 1),
			ArrayImgs.floats(new float[] { 0 }, 1, 1), 1e9).agrees());
		assertFalse(ResultComparison.compare(NUMERIC, ArrayImgs.floats(new float[] { Float.POSITIVE_INFINITY }, 1, 1),
			ArrayImgs.floats(new float[] { 5 }, 1, 1), 1e9).agrees());
	}

	@Test
	void aDifferentSizeOrKindNeverAgrees() {
		assertFalse(ResultComparison.compare(NUMERIC, ArrayImgs.floats(2, 2), ArrayImgs.floats(2, 3), 1).agrees());
		assertFalse(ResultComparison.compare(NUMERIC, ArrayImgs.floats(2, 2), ArrayImgs.unsignedShorts(2, 2), 1).agrees());
	}

	@Test
	void tableRowsAreMatchedByLabel() {
		final ResultTable ref = new ResultTable("label", "area").addRow(1, 10).addRow(2, 20);
		final ResultTable swapped = new ResultTable("label", "area").addRow(2, 20).addRow(1, 10);
		assertTrue(ResultComparison.compare(TABLE, ref, swapped, 1).agrees());
		final ResultTable off = new ResultTable("label", "area").addRow(2, 21).addRow(1, 10);
		final ResultComparison c = ResultComparison.compare(TABLE, ref, off, 1);
		assertFalse(c.agrees());
		assertEquals("column area, row 1: reference 20.0, actual 21.0", c.where());
		assertFalse(ResultComparison.compare(TABLE, ref, new ResultTable("label", "mean").addRow(1, 10).addRow(2, 20), 1).agrees());
	}
}
