package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** The image manipulations of the faulty backends. */
final class FaultyImages {

	private FaultyImages() {
		// NB: static holder
	}

	static <T extends RealType<T> & NativeType<T>> Img<T> create(final PixelKind kind, final long[] dims) {
		return new ArrayImgFactory<>(kind.<T> createType()).create(dims);
	}

	@SuppressWarnings("unchecked")
	static void overwriteFirstPixel(final RandomAccessibleInterval<?> image) {
		final Cursor<? extends RealType<?>> c = Views.flatIterable((RandomAccessibleInterval<? extends RealType<?>>) image).cursor();
		final RealType<?> t = c.next();
		t.setReal(t.getRealDouble() == 0 ? 1 : 0);
	}

	@SuppressWarnings("unchecked")
	static void addToEveryPixel(final RandomAccessibleInterval<?> image, final double value) {
		for (final RealType<?> t : Views.iterable((RandomAccessibleInterval<? extends RealType<?>>) image)) {
			final double v = t.getRealDouble();
			// NB: NaN and ±Inf plus a value stay what they are (IEEE); only finite values can saturate
			if (Double.isFinite(v)) t.setReal(Math.min(t.getMaxValue(), v + value));
		}
	}
}
