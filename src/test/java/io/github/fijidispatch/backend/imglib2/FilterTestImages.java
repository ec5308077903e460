package io.github.fijidispatch.backend.imglib2;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** Small test images for the filter tests as flat value arrays (X fastest) and back. */
final class FilterTestImages {

	private FilterTestImages() {
		// NB: static holder
	}

	/** Seeded random values spanning the kind's range (float32: [-500, 1500)). */
	static double[] randomValues(final PixelKind kind, final long seed, final int count) {
		final Random random = new Random(seed);
		final double[] v = new double[count];
		for (int i = 0; i < count; i++) {
			switch (kind) {
				case UINT8: v[i] = random.nextInt(256); break;
				case UINT16: v[i] = random.nextInt(65536); break;
				default: v[i] = (float) (random.nextDouble() * 2000 - 500);
			}
		}
		return v;
	}

	static <T extends RealType<T> & NativeType<T>> Img<T> image(final PixelKind kind, final double[] values,
		final long... dims)
	{
		final T type = kind.createType();
		final Img<T> img = new ArrayImgFactory<>(type).create(dims);
		int i = 0;
		for (final T t : Views.flatIterable(img))
			t.setReal(values[i++]);
		return img;
	}

	static <T extends RealType<T> & NativeType<T>> Img<T> random(final PixelKind kind, final long seed,
		final long... dims)
	{
		long count = 1;
		for (final long d : dims)
			count *= d;
		return image(kind, randomValues(kind, seed, (int) count), dims);
	}

	@SuppressWarnings("unchecked")
	static double[] values(final RandomAccessibleInterval<?> image) {
		final RandomAccessibleInterval<? extends RealType<?>> real = (RandomAccessibleInterval<? extends RealType<?>>) image;
		final double[] v = new double[(int) Views.iterable(real).size()];
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(real))
			v[i++] = t.getRealDouble();
		return v;
	}
}
