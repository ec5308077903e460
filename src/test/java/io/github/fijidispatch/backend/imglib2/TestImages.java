package io.github.fijidispatch.backend.imglib2;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/** Small test images from values (X fastest) and back. */
final class TestImages {

	private TestImages() {
		// NB: static holder
	}

	/** An image of {@code kind} with these values in raster order. */
	static <T extends RealType<T> & NativeType<T>> Img<T> of(final PixelKind kind, final long[] dims, final double... values) {
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(dims);
		if (values.length != Intervals.numElements(img)) throw new IllegalArgumentException("need " +
			Intervals.numElements(img) + " values");
		int i = 0;
		for (final T p : Views.flatIterable(img))
			p.setReal(values[i++]);
		return img;
	}

	/** A seeded random image of {@code kind} with integer values in [0, bound). */
	static <T extends RealType<T> & NativeType<T>> Img<T> random(final PixelKind kind, final long seed, final int bound,
		final long... dims)
	{
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(dims);
		final Random random = new Random(seed);
		for (final T p : img)
			p.setReal(random.nextInt(bound));
		return img;
	}

	/** The values in raster order (X fastest). */
	static double[] values(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final double[] out = new double[(int) Intervals.numElements(image)];
		final Cursor<? extends RealType<?>> c = Views.flatIterable(image).cursor();
		int i = 0;
		while (c.hasNext())
			out[i++] = c.next().getRealDouble();
		return out;
	}

	static PixelKind kind(final RandomAccessibleInterval<?> image) {
		return PixelKind.of(Views.flatIterable(image).firstElement());
	}
}
