package io.github.fijidispatch.op.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Tolerance;
import io.github.fijidispatch.op.morphology.CloseOp;
import io.github.fijidispatch.op.morphology.DilateOp;
import io.github.fijidispatch.op.morphology.ErodeOp;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import io.github.fijidispatch.op.morphology.OpenOp;

import org.junit.jupiter.api.Test;

/** The 13 filter and morphology declarations: defaults, bad parameters rejected with clear messages, output kinds. */
class NeighbourhoodParametersTest {

	private static final List<AbstractOp> NEIGHBOURHOOD_OPS = Arrays.asList(new MeanOp(), new MedianOp(), new MinOp(),
		new MaxOp(), new VarianceOp(), new TopHatOp(), new ErodeOp(), new DilateOp(), new OpenOp(), new CloseOp());

	private static final ImageInfo IMAGE_2D = new ImageInfo(new long[] { 10, 8 }, PixelKind.UINT16);

	@Test
	void defaultsAreRadiusOneBox() {
		for (final Op op : NEIGHBOURHOOD_OPS) {
			final Parameters p = op.resolve(Collections.emptyMap());
			assertEquals(1, p.integer("radius"), op.id());
			assertEquals("box", p.choice("shape"), op.id());
		}
	}

	@Test
	void negativeRadiusIsRejectedNamingOpParameterAndRange() {
		for (final Op op : NEIGHBOURHOOD_OPS) {
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> op.resolve(map("radius",
				-1)));
			assertTrue(e.getMessage().contains(op.id()) && e.getMessage().contains("'radius'") && e.getMessage().contains(
				"-1") && e.getMessage().contains("[0, 100]"), e.getMessage());
		}
		assertThrows(IllegalArgumentException.class, () -> new MedianOp().resolve(map("radius", 101)));
		assertThrows(IllegalArgumentException.class, () -> new MedianOp().resolve(map("radius", 1.5)));
	}

	@Test
	void unknownShapeIsRejectedListingTheChoices() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MeanOp().resolve(map(
			"shape", "diamond")));
		assertTrue(e.getMessage().contains("filter.mean") && e.getMessage().contains("diamond") && e.getMessage()
			.contains("box, sphere"), e.getMessage());
		assertEquals("sphere", new MeanOp().resolve(map("shape", "Sphere")).choice("shape"));
	}

	@Test
	void threeRadiiOnA2DImageAreRejected() {
		final MedianOp op = new MedianOp();
		final Parameters p = op.resolve(map("radius", new int[] { 1, 2, 3 }));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> op.check(Collections
			.singletonList(IMAGE_2D), p));
		assertTrue(e.getMessage().contains("radius") && e.getMessage().contains("2 dimensions"), e.getMessage());
	}

	@Test
	void outputKindsFollowTheContracts() {
		final List<ImageInfo> in = Collections.singletonList(IMAGE_2D);
		for (final AbstractOp op : NEIGHBOURHOOD_OPS) {
			final PixelKind expected = op.category().equals("Binary") ? PixelKind.UINT8 : PixelKind.UINT16;
			assertEquals(expected, op.outputInfo(in, op.resolve(null)).kind(), op.id());
		}
		assertEquals(PixelKind.UINT8, new FillHolesOp().outputInfo(in, null).kind());
		assertEquals(PixelKind.FLOAT32, new SobelOp().outputInfo(in, null).kind());
		// NB: the DoG's output size follows its (internal) interior window, so it needs the call's parameters
		final DifferenceOfGaussiansOp dog = new DifferenceOfGaussiansOp();
		assertEquals(PixelKind.FLOAT32, dog.outputInfo(in, dog.resolve(null)).kind());
		assertEquals(Tolerance.EXACT, new FillHolesOp().tolerance());
		assertEquals(Tolerance.EXACT, new ErodeOp().tolerance());
	}

	@Test
	void dogRejectsNegativeSigma() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> new DifferenceOfGaussiansOp().resolve(map("sigma2", -2)));
		assertTrue(e.getMessage().contains("filter.dog") && e.getMessage().contains("sigma2"), e.getMessage());
		final Parameters p = new DifferenceOfGaussiansOp().resolve(null);
		assertEquals(1.0, p.real("sigma1"));
		assertEquals(2.0, p.real("sigma2"));
	}

	private static Map<String, Object> map(final String key, final Object value) {
		final Map<String, Object> m = new HashMap<>();
		m.put(key, value);
		return m;
	}
}
