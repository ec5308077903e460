package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.planar.PlanarImgFactory;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Copies along axis walks agree with the same transformation built from
 * ImgLib2 views, for every storage the fast path meets (ArrayImg, PlanarImg)
 * and for a view, which takes the per-pixel path.
 */
class CopiesTest {

	private static final long[] DIMS = { 7, 5, 3 };

	static Stream<Arguments> storages() {
		final List<Arguments> cases = new ArrayList<>();
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32, PixelKind.INT32,
			PixelKind.FLOAT64 })
			for (final String storage : new String[] { "array", "planar", "view" })
				cases.add(Arguments.of(kind, storage));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	void everyFlipEqualsInvertedViews(final PixelKind kind, final String storage) {
		final RandomAccessibleInterval<? extends RealType<?>> source = source(kind, storage);
		for (int mask = 0; mask < 8; mask++) {
			AxisWalk walk = AxisWalk.over(source);
			RandomAccessibleInterval<? extends RealType<?>> expected = Views.zeroMin(source);
			for (int d = 0; d < 3; d++) {
				if ((mask & (1 << d)) == 0) continue;
				walk = walk.flipped(d);
				expected = Views.zeroMin(Views.invertAxis(expected, d));
			}
			assertSame(expected, Copies.walked(source, walk, kind), "flip mask " + mask);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	void quarterTurnsEqualRotatedViews(final PixelKind kind, final String storage) {
		final RandomAccessibleInterval<? extends RealType<?>> source = source(kind, storage);
		AxisWalk walk = AxisWalk.over(source);
		RandomAccessibleInterval<? extends RealType<?>> expected = Views.zeroMin(source);
		for (int turns = 1; turns <= 4; turns++) {
			walk = walk.turnedClockwise();
			expected = Views.zeroMin(Views.rotate(expected, 0, 1));
			assertSame(expected, Copies.walked(source, walk, kind), turns + " turns");
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	void cropOfATurnedFlipEqualsTheComposedViews(final PixelKind kind, final String storage) {
		final RandomAccessibleInterval<? extends RealType<?>> source = source(kind, storage);
		final long[] min = { 1, 2, 1 };
		final long[] max = { 3, 5, 2 };
		final AxisWalk walk = AxisWalk.over(source).flipped(2).turnedClockwise().cropped(min, max);
		final RandomAccessibleInterval<? extends RealType<?>> expected = Views.zeroMin(Views.interval(Views.zeroMin(Views
			.rotate(Views.zeroMin(Views.invertAxis(Views.zeroMin(source), 2)), 0, 1)), min, max));
		assertSame(expected, Copies.walked(source, walk, kind), "crop of turned flip");
	}

	@Test
	void aCopyMayChangeTheKind() {
		final Img<?> source = TestImages.random(PixelKind.UINT16, 3, 60000, DIMS);
		@SuppressWarnings("unchecked")
		final Img<? extends RealType<?>> floats = (Img<? extends RealType<?>>) Copies.of(
			(RandomAccessibleInterval<? extends RealType<?>>) source, PixelKind.FLOAT32);
		assertEquals(PixelKind.FLOAT32, TestImages.kind(floats));
		@SuppressWarnings("unchecked")
		final double[] expected = TestImages.values((RandomAccessibleInterval<? extends RealType<?>>) source);
		assertArrayEquals(expected, TestImages.values(floats));
	}

	@Test
	void aCropOutsideTheOutputIsRejected() {
		final AxisWalk walk = AxisWalk.over(new net.imglib2.FinalInterval(DIMS));
		assertThrows(IllegalArgumentException.class, () -> walk.cropped(new long[] { 0, 0, 0 }, new long[] { 7, 4, 2 }));
		assertThrows(IllegalArgumentException.class, () -> walk.cropped(new long[] { 2, 0, 0 }, new long[] { 1, 4, 2 }));
	}

	private static void assertSame(final RandomAccessibleInterval<? extends RealType<?>> expected,
		final Img<? extends RealType<?>> actual, final String what)
	{
		assertArrayEquals(Intervals.dimensionsAsLongArray(expected), Intervals.dimensionsAsLongArray(actual), what + ": size");
		assertArrayEquals(TestImages.values(expected), TestImages.values(actual), what + ": values");
	}

	private static <T extends RealType<T> & NativeType<T>> RandomAccessibleInterval<T> source(final PixelKind kind,
		final String storage)
	{
		final Img<T> array = TestImages.random(kind, 11, 200, DIMS);
		if (storage.equals("array")) return array;
		if (storage.equals("view")) return Views.translate(array, 4, -2, 9);
		final Img<T> planar = new PlanarImgFactory<>(kind.<T> createType()).create(DIMS);
		LoopBuilder.setImages(array, planar).forEachPixel((a, p) -> p.set(a));
		return planar;
	}
}
