package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;

import org.junit.jupiter.api.Test;

/**
 * The interior window parameters of {@code filter.gauss} and {@code filter.dog}: checked (both or neither, inside
 * the input, size ≥ 1) with errors naming the op, the parameter, its value and what is allowed; the output sized by
 * the window; the plan taking the window (and a window call planned by output block); none of it public.
 */
class InteriorWindowTest {

	private static final List<ImageInfo> IMAGE = Collections.singletonList(new ImageInfo(new long[] { 20, 10 },
		PixelKind.UINT16));

	@Test
	void aWindowInsideTheInputSizesTheOutput() {
		for (final Op op : ops()) {
			final Parameters p = op.resolve(window(new int[] { 0, 9 }, new int[] { 20, 1 }));
			op.check(IMAGE, p);
			assertEquals("20x1", op.outputInfo(IMAGE, p).sizeString(), op.id());
			assertEquals(op instanceof GaussOp ? PixelKind.UINT16 : PixelKind.FLOAT32, op.outputInfo(IMAGE, p).kind());
			assertEquals("20x10", op.outputInfo(IMAGE, op.resolve(null)).sizeString(), op.id());
		}
	}

	@Test
	void theParametersGoTogether() {
		for (final Op op : ops()) {
			final Map<String, Object> onlyOrigin = new LinkedHashMap<>();
			onlyOrigin.put(InteriorWindow.ORIGIN, new int[] { 1, 1 });
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> op.check(IMAGE, op
				.resolve(onlyOrigin)));
			assertTrue(e.getMessage().startsWith(op.id() + ": ") && e.getMessage().contains("'interiorOrigin'") && e
				.getMessage().contains("'interiorSize'") && e.getMessage().contains("go together"), e.getMessage());
		}
	}

	@Test
	void aWindowBeyondTheInputIsRefusedNamingAxisValueAndLimit() {
		for (final Op op : ops()) {
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> op.check(IMAGE, op
				.resolve(window(new int[] { 5, 8 }, new int[] { 15, 3 }))));
			assertEquals(op.id() + ": internal parameters 'interiorOrigin' = 5,8 and 'interiorSize' = 15,3 reach pixel 10" +
				" on axis y of input 'image' (20x10); allowed: origin + size ≤ the input's size on every axis", e
					.getMessage());
		}
	}

	@Test
	void aNegativeOriginOrAnEmptySizeIsRefusedByTheDeclaration() {
		for (final Op op : ops()) {
			final RuntimeException origin = assertThrows(RuntimeException.class, () -> op.resolve(window(new int[] { -1,
				0 }, new int[] { 2, 2 })));
			assertTrue(origin.getMessage().contains(op.id()) && origin.getMessage().contains("interiorOrigin") && origin
				.getMessage().contains("-1"), origin.getMessage());
			final RuntimeException size = assertThrows(RuntimeException.class, () -> op.resolve(window(new int[] { 0, 0 },
				new int[] { 2, 0 })));
			assertTrue(size.getMessage().contains(op.id()) && size.getMessage().contains("interiorSize") && size
				.getMessage().contains("0"), size.getMessage());
		}
	}

	@Test
	void blockCallsTakeTheWindowAndAWindowCallMapsItsBlocks() {
		for (final Op op : ops()) {
			final BlockPlan plan = op.blockwise(op.resolve(null), IMAGE.get(0));
			assertEquals(BlockPlan.Kind.LOCAL, plan.kind());
			assertTrue(plan.takesInteriorWindow(), op.id());
			final Parameters windowed = op.resolve(window(new int[] { 4, 2 }, new int[] { 10, 6 }));
			final BlockPlan mapped = op.blockwise(windowed, IMAGE.get(0));
			assertEquals(BlockPlan.Kind.INDEX_MAPPING, mapped.kind());
			// the result's pixels 0..4 × 0..5 are the input's 4..8 × 2..7, read with the halo (8 for σ = 2) clipped
			final long[][] box = mapped.mapping().source(new long[] { 0, 0 }, new long[] { 4, 5 });
			assertEquals("[0, 0] [16, 9]", Arrays.toString(box[0]) + " " + Arrays.toString(box[1]), op.id());
			final Map<String, Object> p = mapped.mapping().parameters(new long[] { 0, 0 }, new long[] { 4, 5 });
			assertEquals("4,2 5,6", ParameterSpec.toText(p.get(InteriorWindow.ORIGIN)) + " " + ParameterSpec.toText(p.get(
				InteriorWindow.SIZE)), op.id());
		}
		assertFalse(BlockPlan.local(2, 1).takesInteriorWindow());
	}

	@Test
	void theWindowIsNoPartOfThePublicDeclaration() {
		for (final Op op : ops())
			for (final ParameterSpec p : op.parameters())
				assertFalse(p.name().startsWith("interior"), op.id() + " declares " + p.name());
	}

	private static List<Op> ops() {
		return Arrays.<Op> asList(new GaussOp(), new DifferenceOfGaussiansOp());
	}

	private static Map<String, Object> window(final int[] origin, final int[] size) {
		final Map<String, Object> p = new LinkedHashMap<>();
		p.put(InteriorWindow.ORIGIN, origin);
		p.put(InteriorWindow.SIZE, size);
		return p;
	}
}
