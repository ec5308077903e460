package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;
import net.imglib2.img.planar.PlanarImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Table lookup gives what computing the function per pixel and storing it by
 * the op rules gives (rounded half up, saturated, NaN as 0 for integer
 * outputs), for every small integer input kind and several output kinds,
 * across the planes of a PlanarImg.
 */
class TabulatedMapTest {

	/** Fractions of one half, negatives, values beyond every range, NaN and infinities. */
	private static final DoubleUnaryOperator F = v -> v == 7 ? Double.NaN : v == 9 ? Double.NEGATIVE_INFINITY : v * 2.5 - 3.5;

	static Stream<Arguments> kinds() {
		final List<Arguments> cases = new ArrayList<>();
		for (final PixelKind in : new PixelKind[] { PixelKind.UINT8, PixelKind.INT8, PixelKind.UINT16, PixelKind.INT16 })
			for (final PixelKind out : new PixelKind[] { PixelKind.UINT8, PixelKind.INT16, PixelKind.UINT32, PixelKind.FLOAT32,
				PixelKind.FLOAT64 })
				cases.add(Arguments.of(in, out));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} to {1}")
	@MethodSource("kinds")
	<T extends RealType<T> & NativeType<T>> void lookupEqualsThePerPixelFunctionStored(final PixelKind in,
		final PixelKind out)
	{
		// NB: 4 planes of 300x300 = 360,000 pixels, enough for a 16-bit table
		final Img<T> image = new PlanarImgFactory<>(in.<T> createType()).create(300, 300, 4);
		final Random random = new Random(in.ordinal() * 31 + out.ordinal());
		final double lowest = in.createType().getMinValue();
		final double range = in.createType().getMaxValue() - lowest + 1;
		for (final T p : image)
			p.setReal(lowest + Math.floor(random.nextDouble() * range));
		final Img<? extends RealType<?>> mapped = TabulatedMap.map(image, out, F);
		assertNotNull(mapped);
		assertEquals(out, TestImages.kind(mapped));
		final double[] values = TestImages.values(image);
		final double[] results = TestImages.values(mapped);
		final double min = out.createType().getMinValue();
		final double max = out.createType().getMaxValue();
		for (int i = 0; i < values.length; i++) {
			final double v = F.applyAsDouble(values[i]);
			final double expected = out.isInteger() ? (Double.isNaN(v) ? 0 : Math.max(min, Math.min(max, Math.floor(v + 0.5))))
				: out == PixelKind.FLOAT32 ? (float) v : v;
			assertEquals(expected, results[i], 0.0, in + " " + values[i] + " to " + out);
		}
	}

	@ParameterizedTest(name = "pairs to {1}")
	@MethodSource("kinds")
	void pairsOfEightBitImagesEqualThePerPixelFunctionStored(final PixelKind ignored, final PixelKind out) {
		final Img<? extends RealType<?>> a = TestImages.random(PixelKind.UINT8, 1, 256, 600, 500);
		final Img<? extends RealType<?>> b = TestImages.random(PixelKind.INT8, 2, 200, 600, 500);
		final TabulatedMap.PairFunction f = (x, y, n) -> {
			for (int i = 0; i < n; i++)
				x[i] = x[i] * 1.5 / (y[i] - 3);
		};
		final Img<? extends RealType<?>> mapped = TabulatedMap.map(a, b, out, f);
		assertNotNull(mapped);
		final double[] x = TestImages.values(a);
		final double[] y = TestImages.values(b);
		final double[] results = TestImages.values(mapped);
		final double min = out.createType().getMinValue();
		final double max = out.createType().getMaxValue();
		for (int i = 0; i < x.length; i++) {
			final double v = x[i] * 1.5 / (y[i] - 3);
			final double expected = out.isInteger() ? (Double.isNaN(v) ? 0 : Math.max(min, Math.min(max, Math.floor(v + 0.5))))
				: out == PixelKind.FLOAT32 ? (float) v : v;
			assertEquals(expected, results[i], 0.0, x[i] + ", " + y[i] + " to " + out);
		}
		assertNull(TabulatedMap.map(a, TestImages.random(PixelKind.UINT16, 2, 200, 600, 500), out, f),
			"8 x 16 bits make too many pairs");
		final Img<? extends RealType<?>> wide = TestImages.random(PixelKind.UINT16, 2, 200, 600, 500);
		assertNull(TabulatedMap.map(wide, wide, out, f), "16 x 16 bits make too many pairs");
	}

	@Test
	void smallImagesAndFloatKindsAreLeftToTheOtherPaths() {
		assertNull(TabulatedMap.map(TestImages.random(PixelKind.UINT8, 1, 200, 20, 20), PixelKind.UINT8, F),
			"400 pixels do not pay for a 256-entry table");
		assertNull(TabulatedMap.map(TestImages.random(PixelKind.UINT16, 1, 200, 300, 300), PixelKind.UINT8, F),
			"90,000 pixels do not pay for a 65,536-entry table");
		assertNull(TabulatedMap.map(TestImages.random(PixelKind.FLOAT32, 1, 200, 300, 300), PixelKind.UINT8, F));
	}

	@Test
	void aViewIsTabulatedLikeTheImageItShows() {
		final Img<net.imglib2.type.numeric.integer.UnsignedByteType> bytes = TestImages.random(PixelKind.UINT8, 1, 200, 300,
			300);
		org.junit.jupiter.api.Assertions.assertArrayEquals(TestImages.values(TabulatedMap.map(bytes, PixelKind.UINT8, F)),
			TestImages.values(TabulatedMap.map(Views.translate(bytes, 1, 1), PixelKind.UINT8, F)));
	}
}
