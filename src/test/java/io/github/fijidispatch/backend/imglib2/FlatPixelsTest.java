package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;
import net.imglib2.img.planar.PlanarImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Flat pixel blocks read what {@code getRealDouble} reads and store what
 * the op rules store, across the planes of a PlanarImg (blocks straddling
 * planes, odd plane sizes).
 */
class FlatPixelsTest {

	private static final long[] DIMS = { 13, 7, 5 };

	@ParameterizedTest
	@EnumSource(PixelKind.class)
	<T extends RealType<T> & NativeType<T>> void blocksAcrossPlanesReadWhatTheTypeReads(final PixelKind kind) {
		final Img<T> planar = planar(kind);
		final java.util.Random random = new java.util.Random(5);
		for (final T p : planar)
			p.setReal(random.nextInt(120) - (kind.createType().getMinValue() < 0 ? 60 : 0));
		final double[] expected = TestImages.values(planar);
		final FlatPixels pixels = FlatPixels.of(planar);
		assertEquals(expected.length, pixels.size());
		// NB: 91 pixels per plane; reads of 150 from 40 cross two plane boundaries
		final double[] block = new double[150];
		pixels.read(40, block, 150);
		for (int i = 0; i < 150; i++)
			assertEquals(expected[40 + i], block[i], "pixel " + (40 + i));
	}

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "UINT8", "INT8", "UINT16", "INT16", "INT32", "UINT32" })
	<T extends RealType<T> & NativeType<T>> void integerKindsStoreRoundedHalfUpAndSaturated(final PixelKind kind) {
		final Img<T> planar = planar(kind);
		final double min = kind.createType().getMinValue();
		final double max = kind.createType().getMaxValue();
		final double[] values = { 2.5, -2.5, 3.49, Double.NaN, max + 10, min - 10, Double.POSITIVE_INFINITY, 0.5 };
		final double[] block = new double[200];
		for (int i = 0; i < block.length; i++)
			block[i] = values[i % values.length];
		FlatPixels.of(planar).write(70, block, block.length);
		final double[] stored = TestImages.values(planar);
		for (int i = 0; i < block.length; i++) {
			final double v = block[i];
			final double want = Double.isNaN(v) ? 0 : Math.max(min, Math.min(max, Math.floor(v + 0.5)));
			assertEquals(want, stored[70 + i], kind + " stores " + v);
		}
		assertEquals(0, stored[69]);
		assertEquals(0, stored[270]);
	}

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "FLOAT32", "FLOAT64" })
	<T extends RealType<T> & NativeType<T>> void floatKindsStoreTheValue(final PixelKind kind) {
		final Img<T> planar = planar(kind);
		final double[] block = { 0.1, -7.25, Double.NaN, 1e30 };
		FlatPixels.of(planar).write(89, block, block.length);
		final double[] stored = TestImages.values(planar);
		for (int i = 0; i < block.length; i++)
			assertEquals(kind == PixelKind.FLOAT32 ? (float) block[i] : block[i], stored[89 + i], 0.0);
	}

	@org.junit.jupiter.api.Test
	void viewsHaveNoFlatPixels() {
		final Img<?> img = FlatPixelsTest.<net.imglib2.type.numeric.real.FloatType> planar(PixelKind.FLOAT32);
		assertEquals(DIMS.length, img.numDimensions());
		assertNull(FlatPixels.of(Views.translate(img, 1, 0, 0)));
	}

	private static <T extends RealType<T> & NativeType<T>> Img<T> planar(final PixelKind kind) {
		return new PlanarImgFactory<>(kind.<T> createType()).create(DIMS);
	}
}
