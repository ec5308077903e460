package io.github.fijidispatch.conformance;

import java.util.Arrays;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** Pixel by pixel comparison of two images of the same size against an absolute bound. */
final class PixelComparison {

	private PixelComparison() {
		// NB: static holder
	}

	static ResultComparison compare(final RandomAccessibleInterval<? extends RealType<?>> reference,
		final RandomAccessibleInterval<? extends RealType<?>> actual, final double bound)
	{
		final Cursor<? extends RealType<?>> cr = Views.flatIterable(reference).localizingCursor();
		final Cursor<? extends RealType<?>> ca = Views.flatIterable(actual).cursor();
		double worst = 0;
		String where = "";
		while (cr.hasNext()) {
			final double r = cr.next().getRealDouble();
			final double a = ca.next().getRealDouble();
			final double d = ResultComparison.difference(r, a);
			if (d > worst) {
				worst = d;
				where = "at " + Arrays.toString(cr.positionAsLongArray()) + ": reference " + r + ", actual " + a;
			}
		}
		return new ResultComparison(worst <= bound, worst, bound, where);
	}
}
