package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import io.github.fijidispatch.conformance.Grid;
import io.github.fijidispatch.conformance.WindowOracle;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.MaxOp;
import io.github.fijidispatch.op.filter.MeanOp;
import io.github.fijidispatch.op.filter.MedianOp;
import io.github.fijidispatch.op.filter.MinOp;
import io.github.fijidispatch.op.filter.TopHatOp;
import io.github.fijidispatch.op.filter.VarianceOp;
import io.github.fijidispatch.testing.ScijavaContext;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * filter.mean, median, min, max, variance and tophat on the reference backend,
 * through the dispatch service, against brute-force neighbourhood loops
 * ({@link WindowOracle}) on seeded random images: 2D and 3D, uint8,
 * uint16, float32, box and sphere, equal and unequal radii; plus hand-computed
 * cases and invariants.
 */
class Imglib2NeighbourhoodFiltersTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	/** kind × size × shape × radii. */
	static Stream<Arguments> cases() {
		final List<Arguments> cases = new ArrayList<>();
		final long[][] sizes = { { 13, 11 }, { 9, 8, 7 } };
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 })
			for (final long[] size : sizes)
				for (final String shape : new String[] { "box", "sphere" }) {
					final int n = size.length;
					cases.add(Arguments.of(kind, size, shape, n == 2 ? new int[] { 1, 1 } : new int[] { 1, 1, 1 }));
					cases.add(Arguments.of(kind, size, shape, n == 2 ? new int[] { 3, 2 } : new int[] { 2, 3, 1 }));
				}
		cases.add(Arguments.of(PixelKind.FLOAT32, new long[] { 7, 40 }, "sphere", new int[] { 0, 5 }));
		// NB: rows split across parallel tasks; radii beyond the image along some axes
		cases.add(Arguments.of(PixelKind.UINT8, new long[] { 57, 130 }, "sphere", new int[] { 4, 6 }));
		cases.add(Arguments.of(PixelKind.UINT16, new long[] { 3, 40, 9 }, "sphere", new int[] { 5, 2, 3 }));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@MethodSource("cases")
	void meanMatchesBruteForce(final PixelKind kind, final long[] size, final String shape, final int[] radii) {
		check(MeanOp.ID, kind, size, shape, radii, v -> Arrays.stream(v).sum() / v.length, false);
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@MethodSource("cases")
	void medianMatchesBruteForce(final PixelKind kind, final long[] size, final String shape, final int[] radii) {
		check(MedianOp.ID, kind, size, shape, radii, v -> {
			final double[] s = v.clone();
			Arrays.sort(s);
			return s[s.length / 2];
		}, true);
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@MethodSource("cases")
	void minMatchesBruteForce(final PixelKind kind, final long[] size, final String shape, final int[] radii) {
		check(MinOp.ID, kind, size, shape, radii, v -> Arrays.stream(v).min().getAsDouble(), true);
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@MethodSource("cases")
	void maxMatchesBruteForce(final PixelKind kind, final long[] size, final String shape, final int[] radii) {
		check(MaxOp.ID, kind, size, shape, radii, v -> Arrays.stream(v).max().getAsDouble(), true);
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@MethodSource("cases")
	void varianceIsThePopulationVariance(final PixelKind kind, final long[] size, final String shape, final int[] radii) {
		check(VarianceOp.ID, kind, size, shape, radii, v -> {
			final double mean = Arrays.stream(v).sum() / v.length;
			return Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
		}, false);
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@MethodSource("cases")
	void topHatIsInputMinusOpening(final PixelKind kind, final long[] size, final String shape, final int[] radii) {
		final Img<?> input = FilterTestImages.random(kind, 7, size);
		final double[] in = FilterTestImages.values(input);
		final WindowOracle oracle = new WindowOracle(radii, shape.equals("sphere"));
		final double[] opened = oracle.apply(oracle.apply(Grid.of(input), v -> Arrays.stream(v).min().getAsDouble()),
			v -> Arrays.stream(v).max().getAsDouble()).values;
		final double[] expected = new double[in.length];
		for (int i = 0; i < in.length; i++)
			expected[i] = (float) in[i] - (float) opened[i];
		final double[] actual = FilterTestImages.values(run(TopHatOp.ID, input, shape, radii, kind));
		assertArrayEquals(expected, actual, 0);
	}

	private void check(final String op, final PixelKind kind, final long[] size, final String shape, final int[] radii,
		final ToDoubleFunction<double[]> f, final boolean exact)
	{
		final Img<?> input = FilterTestImages.random(kind, 42 + size.length, size);
		final double[] in = FilterTestImages.values(input);
		final double[] before = in.clone();
		final double[] expected = new WindowOracle(radii, shape.equals("sphere")).apply(Grid.of(input), f).values;
		final double[] actual = FilterTestImages.values(run(op, input, shape, radii, kind));
		if (exact) assertArrayEquals(expected, actual, 0, op);
		else assertNear(kind, expected, actual, op);
		assertArrayEquals(before, FilterTestImages.values(input), 0, op + " must not modify its input");
	}

	/** Integer kinds: within rounding (0.5) of the exact value, saturated; float: 1e-6 relative. */
	static void assertNear(final PixelKind kind, final double[] expected, final double[] actual, final String what) {
		final RealType<?> type = kind.createType();
		for (int j = 0; j < expected.length; j++) {
			final int i = j;
			final double e = kind.isInteger() ? Math.max(type.getMinValue(), Math.min(type.getMaxValue(), expected[i]))
				: expected[i];
			final double tolerance = kind.isInteger() ? 0.5 + 1e-6 * Math.abs(e) : 1e-6 * Math.max(1, Math.abs(e));
			final double a = actual[i];
			assertTrue(Math.abs(a - e) <= tolerance, () -> what + " pixel " + i + ": expected " + e + " but got " + a);
		}
	}

	@Test
	void meanOfHandComputedBoxAndCross() {
		// 3×3 uint8: 0..8; box radius 1 at the centre: 36/9 = 4; corner (0,0) clamps to {0,0,1,0,0,1,3,3,4} = 12/9
		final double[] v = { 0, 1, 2, 3, 4, 5, 6, 7, 8 };
		final Img<?> img = FilterTestImages.image(PixelKind.FLOAT32, v, 3, 3);
		final double[] box = FilterTestImages.values(run(MeanOp.ID, img, "box", new int[] { 1, 1 }, PixelKind.FLOAT32));
		assertEquals(4, box[4], 1e-6);
		assertEquals(12 / 9.0, box[0], 1e-6);
		// sphere radius 1 = cross: centre (1+3+4+5+7)/5 = 4; corner {0, 0(left), 1, 0(up), 3} = 4/5
		final double[] cross = FilterTestImages.values(run(MeanOp.ID, img, "sphere", new int[] { 1, 1 }, PixelKind.FLOAT32));
		assertEquals(4, cross[4], 1e-6);
		assertEquals(0.8, cross[0], 1e-6);
	}

	@Test
	void integerMeanRoundsToNearest() {
		// NB: odd windows of integers never average to an exact .5, so half-up ties only arise for float means
		// uint8 {0, 1, 0, 1}, radius 1 along X, clamped: {0,0,1} 1/3 → 0; {0,1,0} → 0; {1,0,1} 2/3 → 1; {0,1,1} → 1
		final Img<?> img = FilterTestImages.image(PixelKind.UINT8, new double[] { 0, 1, 0, 1 }, 4, 1);
		assertArrayEquals(new double[] { 0, 0, 1, 1 },
			FilterTestImages.values(run(MeanOp.ID, img, "box", new int[] { 1, 0 }, PixelKind.UINT8)), 0);
		// uint8 {0, 0, 0, 0, 5}, radius 2 along X: 0, 0, 5/5 = 1, 10/5 = 2, 15/5 = 3
		final Img<?> ramp = FilterTestImages.image(PixelKind.UINT8, new double[] { 0, 0, 0, 0, 5 }, 5, 1);
		assertArrayEquals(new double[] { 0, 0, 1, 2, 3 },
			FilterTestImages.values(run(MeanOp.ID, ramp, "box", new int[] { 2, 0 }, PixelKind.UINT8)), 0);
	}

	@Test
	void varianceOfHandComputedRow() {
		// {0, 4} clamped, radius 1 along X on a 2×1 float image: left {0,0,4}: mean 4/3, E[x²] 16/3 → 32/9
		final Img<?> img = FilterTestImages.image(PixelKind.FLOAT32, new double[] { 0, 4 }, 2, 1);
		final double[] out = FilterTestImages.values(run(VarianceOp.ID, img, "box", new int[] { 1, 0 }, PixelKind.FLOAT32));
		assertEquals(32 / 9.0, out[0], 1e-5);
		assertEquals(32 / 9.0, out[1], 1e-5);
	}

	@Test
	void varianceSurvivesALargeOffset() {
		// float values 1e6 + {0, 1}: a naive float E[x²] − E[x]² loses everything
		final double[] v = new double[64];
		for (int i = 0; i < v.length; i++)
			v[i] = 1e6 + (i % 2);
		final Img<?> img = FilterTestImages.image(PixelKind.FLOAT32, v, 8, 8);
		final double[] out = FilterTestImages.values(run(VarianceOp.ID, img, "box", new int[] { 1, 0 }, PixelKind.FLOAT32));
		// interior windows along X hold {a, b, a}: variance 2/9
		assertEquals(2 / 9.0, out[3], 1e-4);
	}

	@Test
	void medianOfHandComputedRowRemovesTheSpike() {
		final Img<?> img = FilterTestImages.image(PixelKind.UINT16, new double[] { 5, 5, 900, 5, 7, 7 }, 6, 1);
		assertArrayEquals(new double[] { 5, 5, 5, 7, 7, 7 },
			FilterTestImages.values(run(MedianOp.ID, img, "box", new int[] { 1, 0 }, PixelKind.UINT16)), 0);
	}

	@Test
	void filtersOfAConstantImageAreThatConstant() {
		final double[] v = new double[6 * 5 * 4];
		Arrays.fill(v, 37);
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 }) {
			final Img<?> img = FilterTestImages.image(kind, v, 6, 5, 4);
			for (final String op : new String[] { MeanOp.ID, MedianOp.ID, MinOp.ID, MaxOp.ID })
				for (final String shape : new String[] { "box", "sphere" })
					assertArrayEquals(v, FilterTestImages.values(run(op, img, shape, new int[] { 2, 2, 1 }, kind)), 0,
						op + " " + shape + " " + kind);
			final double[] zeros = new double[v.length];
			assertArrayEquals(zeros, FilterTestImages.values(run(VarianceOp.ID, img, "sphere", new int[] { 2, 2, 1 }, kind)), 0);
			assertArrayEquals(zeros, FilterTestImages.values(run(TopHatOp.ID, img, "box", new int[] { 2, 2, 1 }, kind)), 0);
		}
	}

	@Test
	void radiusZeroIsTheIdentity() {
		final Img<?> img = FilterTestImages.random(PixelKind.FLOAT32, 3, 9, 7);
		for (final String op : new String[] { MeanOp.ID, MedianOp.ID, MinOp.ID, MaxOp.ID })
			assertArrayEquals(FilterTestImages.values(img),
				FilterTestImages.values(run(op, img, "sphere", new int[] { 0, 0 }, PixelKind.FLOAT32)), 0, op);
	}

	@Test
	void otherRealTypesAreFiltered() {
		final Img<?> img = FilterTestImages.image(PixelKind.INT16, new double[] { -300, -5, 200, 7 }, 4, 1);
		assertArrayEquals(new double[] { -300, -300, -5, 7 },
			FilterTestImages.values(run(MinOp.ID, img, "box", new int[] { 1, 0 }, PixelKind.INT16)), 0);
	}

	static RandomAccessibleInterval<? extends RealType<?>> run(final String op, final Img<?> input, final String shape,
		final int[] radii, final PixelKind kind)
	{
		final RandomAccessibleInterval<? extends RealType<?>> out = context.dispatch().op(op).input(input)
			.set("shape", shape)
			.set("radius", radii).on(Imglib2Backend.ID).runImage();
		assertEquals(kind, io.github.fijidispatch.backend.HostImages.describe(out).kind(), op + " output kind");
		return out;
	}
}
