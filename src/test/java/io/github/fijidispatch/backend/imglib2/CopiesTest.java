package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.fijidispatch.conformance.ConformanceViews;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Copies of flipped, turned and cropped views hold what the views show, for
 * every storage the backend meets (ArrayImg, PlanarImg, CellImg, views), and
 * a copy may change the kind.
 */
class CopiesTest {

	private static final long[] DIMS = { 7, 5, 3 };

	static Stream<Arguments> storages() {
		final List<Arguments> cases = new ArrayList<>();
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32, PixelKind.INT32,
			PixelKind.FLOAT64 })
			for (final String storage : PixelBlocksTest.STORAGES)
				cases.add(Arguments.of(kind, storage));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	void everyFlipHoldsTheInvertedView(final PixelKind kind, final String storage) {
		final RandomAccessibleInterval<? extends RealType<?>> source = source(kind, storage);
		for (int mask = 0; mask < 8; mask++) {
			RandomAccessibleInterval<? extends RealType<?>> view = source;
			for (int d = 0; d < 3; d++)
				if ((mask & (1 << d)) != 0) view = Views.invertAxis(view, d);
			assertCopies(view, kind, "flip mask " + mask);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	void quarterTurnsHoldTheRotatedView(final PixelKind kind, final String storage) {
		RandomAccessibleInterval<? extends RealType<?>> view = source(kind, storage);
		for (int turns = 1; turns <= 4; turns++) {
			view = Views.rotate(view, 0, 1);
			assertCopies(view, kind, turns + " turns");
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	void aCropOfATurnedFlipHoldsTheComposedView(final PixelKind kind, final String storage) {
		final RandomAccessibleInterval<? extends RealType<?>> source = source(kind, storage);
		final RandomAccessibleInterval<? extends RealType<?>> turned = Views.zeroMin(Views.rotate(Views.invertAxis(source, 2),
			0, 1));
		assertCopies(Views.interval(turned, new long[] { 1, 2, 1 }, new long[] { 3, 5, 2 }), kind, "crop of turned flip");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	<T extends RealType<T> & NativeType<T>> void viewsWiderThanATileAreCopiedInTilesToo(final PixelKind kind,
		final String storage)
	{
		// NB: 150 × 130 is more than 2 × 2 tiles of 64, with partial tiles at the right and bottom
		final RandomAccessibleInterval<T> source = ConformanceViews.of(storage, TestImages.<T> random(kind, 12, 250, 150,
			130, 2));
		assertCopies(Views.rotate(source, 0, 1), kind, "turned");
		assertCopies(Views.invertAxis(Views.invertAxis(source, 1), 0), kind, "flipped");
		final RandomAccessibleInterval<T> turnedBack = Views.zeroMin(Views.rotate(source, 1, 0));
		assertCopies(Views.interval(turnedBack, new long[] { 10, 20, 0 }, new long[] { 120, 140, 1 }), kind,
			"turned and cropped");
		assertCopies(Views.rotate(source, 0, 1), kind == PixelKind.FLOAT32 ? PixelKind.UINT16 : PixelKind.FLOAT32,
			"turned to another kind");
	}

	@Test
	void aCopyMayChangeTheKind() {
		final RandomAccessibleInterval<? extends RealType<?>> source = source(PixelKind.UINT16, "planar");
		final Img<? extends RealType<?>> floats = Copies.of(source, PixelKind.FLOAT32);
		assertEquals(PixelKind.FLOAT32, TestImages.kind(floats));
		assertArrayEquals(TestImages.values(source), TestImages.values(floats));
		final Img<? extends RealType<?>> bytes = Copies.of(source, PixelKind.UINT8);
		final double[] expected = TestImages.values(source);
		for (int i = 0; i < expected.length; i++)
			expected[i] = Math.min(255, expected[i]);
		assertArrayEquals(expected, TestImages.values(bytes), "saturated to uint8");
	}

	/** Both ways of copying, block by block and in tiles, hold what the view shows. */
	private static void assertCopies(final RandomAccessibleInterval<? extends RealType<?>> view, final PixelKind kind,
		final String what)
	{
		final double[] expected = TestImages.values(view);
		final double max = kind.createType().getMaxValue();
		for (int i = 0; i < expected.length; i++)
			expected[i] = Math.min(max, expected[i]);
		for (final Img<? extends RealType<?>> copy : java.util.Arrays.asList(Copies.of(view, kind), Copies.inTiles(view,
			kind)))
		{
			assertArrayEquals(Intervals.dimensionsAsLongArray(view), Intervals.dimensionsAsLongArray(copy), what + ": size");
			assertArrayEquals(expected, TestImages.values(copy), what + ": values");
		}
	}

	private static <T extends RealType<T> & NativeType<T>> RandomAccessibleInterval<T> source(final PixelKind kind,
		final String storage)
	{
		return ConformanceViews.of(storage, TestImages.<T> random(kind, 11, 300, DIMS));
	}
}
