package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.fijidispatch.op.transform.ScaleOp;

import org.junit.jupiter.api.Test;

/** The rules themselves: which bound each kind gives, how it says so, and what it refuses. */
class ToleranceTest {

	private static final InputScale RANGE_200 = InputScale.of(200, 150);

	@Test
	void numericBoundsFollowTheOutputKindAndTheInputRange() {
		assertEquals(1, Tolerance.NUMERIC.pixelBound(PixelKind.UINT16, RANGE_200, 4000).value());
		final Bound f = Tolerance.NUMERIC.pixelBound(PixelKind.FLOAT32, RANGE_200, 150);
		assertEquals(0.02, f.value(), 1e-15);
		assertEquals("1e-4 · input range 200", f.derivation());
		assertEquals(2e-3, Tolerance.numeric(1e-5).pixelBound(PixelKind.FLOAT32, RANGE_200, 0).value(), 1e-15,
			"a custom relative bound");
	}

	@Test
	void theFloatSlackIsAFloorOfTheLargestMagnitude() {
		// NB: range 1 around 1e6: 1e-4 · 1 = 1e-4 is below 16 ulps of 1e6 (1.9)
		final Bound b = Tolerance.NUMERIC.pixelBound(PixelKind.FLOAT32, InputScale.of(1, 1e6), 0);
		assertEquals(Tolerance.FLOAT_SLACK * 1e6, b.value(), 1e-9);
		assertEquals("16 float32 ulps of the largest magnitude 1000000 (more than 1e-4 · input range 1)", b.derivation());
		assertEquals(Tolerance.FLOAT_SLACK * 2e6, Tolerance.NUMERIC.pixelBound(PixelKind.FLOAT32, InputScale.of(1, 1e6), 2e6)
			.value(), 1e-9, "the reference result's magnitude counts too");
	}

	@Test
	void exactAndPartitionAllowNothing() {
		assertEquals(0, Tolerance.EXACT.pixelBound(PixelKind.FLOAT32, RANGE_200, 150).value());
		assertEquals(0, Tolerance.PARTITION.pixelBound(PixelKind.FLOAT32, RANGE_200, 150).value());
		assertEquals("exact", Tolerance.EXACT.describe());
	}

	@Test
	void tablesHaveARulePerColumn() {
		final Tolerance t = Tolerance.table(ColumnTolerance.exact("count"), ColumnTolerance.ofInputRange("image", "mean"),
			ColumnTolerance.ofColumnMagnitude(1e-4, "sum"));
		assertEquals("per column: count exact; mean |Δ| ≤ 1e-4 · range of input 'image'; sum |Δ| ≤ 1e-4 · max(1, " +
			"largest |value| of the column)", t.describe());
		assertEquals(0, t.column("count").bound("count", new double[] { 5 }, RANGE_200).value());
		assertEquals(0.02, t.column("mean").bound("mean", new double[] { 40 }, RANGE_200).value(), 1e-15);
		assertEquals(5, t.column("sum").bound("sum", new double[] { -50000, 3 }, RANGE_200).value(), 1e-12);
		assertEquals(1e-4, t.column("sum").bound("sum", new double[] { 0.5, Double.POSITIVE_INFINITY }, RANGE_200).value(),
			1e-15, "at least 1, infinities ignored");
		assertNull(t.column("other"));
		assertThrows(IllegalStateException.class, () -> t.pixelBound(PixelKind.FLOAT32, RANGE_200, 0));
		final IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Tolerance.table(
			ColumnTolerance.exact("area"), ColumnTolerance.ofInputRange("image", "area")));
		assertEquals("column 'area' is named by two tolerance rules", twice.getMessage());
	}

	@Test
	void anInputRangeRuleNamesAnExistingInput() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnTolerance.ofInputRange(
			"intensity", "mean").bound("mean", new double[] { 1 }, RANGE_200));
		assertEquals("no input 'intensity' in this call; inputs: [image]", e.getMessage());
	}

	@Test
	void aParameterChoosesTheRuleOfTheCall() {
		final ScaleOp scale = new ScaleOp();
		final Tolerance t = scale.tolerance();
		assertEquals(Tolerance.Kind.PER_PARAMETER, t.kind());
		assertSame(Tolerance.EXACT, t.forCall(scale.resolve(Collections.singletonMap("interpolation", "nearest"))));
		assertSame(Tolerance.NUMERIC, t.forCall(scale.resolve(Collections.<String, Object> emptyMap())), "linear by default");
		assertEquals("nearest interpolation: exact; linear interpolation: " + Tolerance.NUMERIC.describe(), t.describe());
		final Map<String, Tolerance> onlyNearest = new LinkedHashMap<>();
		onlyNearest.put("nearest", Tolerance.EXACT);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tolerance.perParameter(
			"interpolation", onlyNearest).forCall(scale.resolve(Collections.<String, Object> emptyMap())));
		assertEquals("the tolerance depends on parameter 'interpolation', but its value 'linear' has no rule; rules exist " +
			"for [nearest]", e.getMessage());
	}

	@Test
	void nonsenseIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> Tolerance.numeric(0));
		assertThrows(IllegalArgumentException.class, () -> new Bound(-1, "negative"));
		assertThrows(IllegalArgumentException.class, () -> new Bound(Double.NaN, "not a number"));
	}

	@Test
	void theSentenceIsTheDescriptionAsAStatement() {
		assertEquals("Tolerance: exact.", Tolerance.EXACT.sentence());
		assertEquals("Tolerance: " + Tolerance.NUMERIC.describe() + ".", Tolerance.NUMERIC.sentence());
	}
}
