package io.github.fijidispatch.backend.clij2;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** Small seeded random images for the CLIJ2 tests. */
final class TestImages {

	private TestImages() {
		// NB: static holder
	}

	/**
	 * Uniform random pixels: [0, 255] for uint8, [0, 4000] for uint16 and
	 * [-50, 150) for float32 (negative values exercise rounding and clipping).
	 */
	static <T extends RealType<T> & NativeType<T>> Img<T> random(final PixelKind kind, final long seed, final long... dims) {
		final T type = kind.createType();
		final Img<T> img = new ArrayImgFactory<>(type).create(dims);
		final Random r = new Random(seed);
		for (final T t : img) {
			switch (kind) {
				case UINT8: t.setReal(r.nextInt(256)); break;
				case UINT16: t.setReal(r.nextInt(4001)); break;
				default: t.setReal(r.nextFloat() * 200 - 50);
			}
		}
		return img;
	}

	/** A random mask: 0 or 255 with the given foreground fraction. */
	static <T extends RealType<T> & NativeType<T>> Img<T> mask(final PixelKind kind, final long seed, final double fraction,
		final long... dims)
	{
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(dims);
		final Random r = new Random(seed);
		for (final T t : img)
			t.setReal(r.nextDouble() < fraction ? 255 : 0);
		return img;
	}

	/** max − min of an image. */
	static double range(final RandomAccessibleInterval<? extends RealType<?>> img) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final RealType<?> t : Views.iterable(img)) {
			min = Math.min(min, t.getRealDouble());
			max = Math.max(max, t.getRealDouble());
		}
		return max - min;
	}

	/** Whether two images of the same size hold the same pixel values (in flat order). */
	@SuppressWarnings("unchecked")
	static boolean samePixels(final RandomAccessibleInterval<?> a, final RandomAccessibleInterval<?> b) {
		return ReferenceAgreement.maxDifference((RandomAccessibleInterval<? extends RealType<?>>) a,
			(RandomAccessibleInterval<? extends RealType<?>>) b) == 0;
	}
}
