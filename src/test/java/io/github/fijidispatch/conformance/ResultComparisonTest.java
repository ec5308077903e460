package io.github.fijidispatch.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;

import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import io.github.fijidispatch.op.measure.StatsOp;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

/** The comparison rules of the kit, on hand-made results: verdicts, the bound applied and how it was derived. */
class ResultComparisonTest {

	private static final Op TABLE = new MeasureLabelsOp();

	private static ResultComparison compare(final Tolerance t, final Object ref, final Object act, final double range) {
		return ResultComparison.compare(t, ref, act, InputScale.of(range, range));
	}

	@Test
	void renumberedLabelsAreTheSamePartition() {
		final ResultComparison c = compare(Tolerance.PARTITION, ArrayImgs.floats(new float[] { 0, 1, 1, 2, 3 }, 5, 1),
			ArrayImgs.floats(new float[] { 0, 3, 3, 1, 2 }, 5, 1), 3);
		assertTrue(c.agrees(), c.toString());
		assertEquals(0, c.maxError());
		assertEquals(0, c.bound());
	}

	@Test
	void labelsMustBeConsecutive() {
		final ResultComparison gap = compare(Tolerance.PARTITION, ArrayImgs.floats(new float[] { 0, 1, 2 }, 3, 1),
			ArrayImgs.floats(new float[] { 0, 1, 5 }, 3, 1), 2);
		assertFalse(gap.agrees());
		assertEquals("labels are not 1..2 consecutive: the largest is 5.0", gap.where());
	}

	@Test
	void mergedOrSplitLabelsAreNot() {
		final ResultComparison merged = compare(Tolerance.PARTITION, ArrayImgs.floats(new float[] { 0, 1, 1, 2, 3 }, 5, 1),
			ArrayImgs.floats(new float[] { 0, 1, 1, 1, 2 }, 5, 1), 3);
		assertFalse(merged.agrees());
		assertEquals(1, merged.maxError(), "one pixel breaks the bijection");
		assertEquals("at [3, 0]: actual label 1.0 covers reference labels 1.0 and 2.0", merged.where());
		final ResultComparison background = compare(Tolerance.PARTITION, ArrayImgs.floats(new float[] { 0, 1 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 1 }, 2, 1), 1);
		assertFalse(background.agrees());
		assertTrue(background.where().contains("background differs"), background.where());
	}

	@Test
	void exactAllowsNothing() {
		final ResultComparison c = compare(Tolerance.EXACT, ArrayImgs.floats(new float[] { 1, 2 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 2.0001f }, 2, 1), 100);
		assertFalse(c.agrees());
		assertEquals(0, c.bound());
		assertEquals("exact", c.appliedBound().derivation());
		assertEquals(2.0001f - 2, c.maxError(), 1e-9);
		assertEquals("at [1, 0]: reference 2.0, actual " + (double) 2.0001f, c.where());
	}

	@Test
	void numericFloatBoundIsTheRangeFraction() {
		final ResultComparison within = compare(Tolerance.NUMERIC, ArrayImgs.floats(new float[] { 1, 2 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 2.009f }, 2, 1), 100);
		assertTrue(within.agrees(), within.toString());
		assertEquals(0.01, within.bound(), 1e-12);
		assertEquals("1e-4 · input range 100", within.appliedBound().derivation());
		assertEquals(2.009f - 2, within.maxError(), 1e-9);
		final ResultComparison beyond = compare(Tolerance.NUMERIC, ArrayImgs.floats(new float[] { 1, 2 }, 2, 1),
			ArrayImgs.floats(new float[] { 1, 2.02f }, 2, 1), 100);
		assertFalse(beyond.agrees());
		assertTrue(beyond.toString().startsWith("differs (max error 0.02 > bound 0.01: 1e-4 · input range 100)"),
			beyond.toString());
	}

	@Test
	void numericIntegerBoundIsOne() {
		final ResultComparison c = compare(Tolerance.NUMERIC, ArrayImgs.unsignedBytes(new byte[] { 1, 2 }, 2, 1),
			ArrayImgs.unsignedBytes(new byte[] { 2, 1 }, 2, 1), 0);
		assertTrue(c.agrees());
		assertEquals(1, c.bound());
		assertEquals(1, c.maxError());
		assertEquals("integer output: 1", c.appliedBound().derivation());
		assertFalse(compare(Tolerance.NUMERIC, ArrayImgs.unsignedBytes(new byte[] { 1 }, 1, 1),
			ArrayImgs.unsignedBytes(new byte[] { 3 }, 1, 1), 255).agrees());
	}

	@Test
	void theFloatSlackDecidesOnlyWhenTheRangeIsTiny() {
		// NB: a constant input 1000 has range 0; float32 rounding at 1000 is 6.1e-5 per ulp, the slack 16 of them
		final float ulp = Math.ulp(1000f);
		final ResultComparison c = ResultComparison.compare(Tolerance.NUMERIC, ArrayImgs.floats(new float[] { 1000 }, 1, 1),
			ArrayImgs.floats(new float[] { 1000 + 3 * ulp }, 1, 1), InputScale.of(0, 1000));
		assertTrue(c.agrees(), c.toString());
		assertEquals(Tolerance.FLOAT_SLACK * 1000, c.bound(), 1e-15);
		assertEquals("16 float32 ulps of the largest magnitude 1000 (more than 1e-4 · input range 0)",
			c.appliedBound().derivation());
		assertFalse(ResultComparison.compare(Tolerance.NUMERIC, ArrayImgs.floats(new float[] { 1000 }, 1, 1),
			ArrayImgs.floats(new float[] { 1000 + 1000 * ulp }, 1, 1), InputScale.of(0, 1000)).agrees());
	}

	@Test
	void nanEqualsNanButNotANumber() {
		assertTrue(compare(Tolerance.EXACT, ArrayImgs.floats(new float[] { Float.NaN }, 1, 1),
			ArrayImgs.floats(new float[] { Float.NaN }, 1, 1), 0).agrees());
		assertFalse(compare(Tolerance.NUMERIC, ArrayImgs.floats(new float[] { Float.NaN }, 1, 1),
			ArrayImgs.floats(new float[] { 0 }, 1, 1), 1e9).agrees());
		assertFalse(compare(Tolerance.NUMERIC, ArrayImgs.floats(new float[] { Float.POSITIVE_INFINITY }, 1, 1),
			ArrayImgs.floats(new float[] { 5 }, 1, 1), 1e9).agrees());
	}

	@Test
	void aDifferentSizeOrKindNeverAgrees() {
		assertFalse(compare(Tolerance.NUMERIC, ArrayImgs.floats(2, 2), ArrayImgs.floats(2, 3), 1).agrees());
		assertFalse(compare(Tolerance.NUMERIC, ArrayImgs.floats(2, 2), ArrayImgs.unsignedShorts(2, 2), 1).agrees());
	}

	@Test
	void aParameterChoosesTheRule() {
		final Op scale = new ScaleOp();
		final Object ref = ArrayImgs.floats(new float[] { 1, 2 }, 2, 1);
		final Object act = ArrayImgs.floats(new float[] { 1, 2.001f }, 2, 1);
		final InputScale inputs = InputScale.of(100, 100);
		assertFalse(ResultComparison.compare(scale, Collections.singletonMap("interpolation", "nearest"), ref, act, inputs)
			.agrees(), "nearest copies pixels: exact");
		final ResultComparison linear = ResultComparison.compare(scale, Collections.singletonMap("interpolation", "linear"),
			ref, act, inputs);
		assertTrue(linear.agrees(), linear.toString());
		assertEquals(0.01, linear.bound(), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> ResultComparison.compare(scale.tolerance(), ref, act, inputs));
	}

	@Test
	void tableRowsAreMatchedByLabel() {
		final ResultTable ref = measured(1, 10, 2, 20);
		final ResultTable swapped = measured(2, 20, 1, 10);
		assertTrue(ResultComparison.compare(TABLE, Collections.emptyMap(), ref, swapped, labelScale(100)).agrees());
	}

	@Test
	void areasAreExactAndIntensitiesScaleWithTheIntensityRange() {
		final ResultTable ref = measured(1, 10, 2, 20);
		final ResultTable offArea = measured(2, 21, 1, 10);
		final ResultComparison area = ResultComparison.compare(TABLE, Collections.emptyMap(), ref, offArea, labelScale(100));
		assertFalse(area.agrees());
		assertEquals("area", area.column());
		assertEquals(0, area.bound());
		assertEquals("column area, row 1: reference 20.0, actual 21.0", area.where());
		final ResultTable offMean = new ResultTable(MeasureLabelsOp.COLUMNS).addRow(1, 10, 50.009, 0, 100, 3, 3, 0)
			.addRow(2, 20, 50, 0, 100, 3, 3, 0);
		final ResultComparison mean = ResultComparison.compare(TABLE, Collections.emptyMap(), ref, offMean, labelScale(100));
		assertTrue(mean.agrees(), mean.toString());
		assertEquals("mean", mean.column());
		assertEquals(0.01, mean.bound(), 1e-12);
		assertEquals("column mean: 1e-4 · range of input 'intensity' 100", mean.appliedBound().derivation());
		assertFalse(ResultComparison.compare(TABLE, Collections.emptyMap(), ref, offMean, labelScale(50)).agrees(),
			"the intensity's range, not the label image's, sets the bound");
	}

	@Test
	void aColumnWithoutARuleNeverAgrees() {
		final ResultTable ref = new ResultTable("min", "unknown").addRow(1, 2);
		final ResultComparison c = ResultComparison.compare(new StatsOp(), Collections.emptyMap(), ref,
			new ResultTable("min", "unknown").addRow(1, 2), InputScale.of(10, 10));
		assertFalse(c.agrees());
		assertTrue(c.where().startsWith("column unknown has no rule in the tolerance"), c.where());
		assertFalse(ResultComparison.compare(TABLE, Collections.emptyMap(), measured(1, 10, 2, 20),
			new ResultTable("label", "mean").addRow(1, 10).addRow(2, 20), labelScale(100)).agrees());
	}

	/** Two labelled rows with the given areas; mean 50, min 0, max 100, centroids 3. */
	private static ResultTable measured(final double label1, final double area1, final double label2, final double area2) {
		return new ResultTable(MeasureLabelsOp.COLUMNS).addRow(label1, area1, 50, 0, 100, 3, 3, 0).addRow(label2, area2, 50,
			0, 100, 3, 3, 0);
	}

	/** Labels 0..30, an intensity of this range. */
	private static InputScale labelScale(final double intensityRange) {
		return new InputScale(Arrays.asList("labels", "intensity"), new double[] { 30, intensityRange }, new double[] { 30,
			intensityRange });
	}
}
