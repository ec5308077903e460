package io.github.fijidispatch.conformance;

import java.util.Arrays;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Pixel by pixel comparison of two images of the same size against an
 * absolute bound. Float outputs also allow a few float32 ulps of the
 * reference value ({@link #FLOAT_SLACK}): no range-relative bound can be finer
 * than the output's own precision (a constant or one-pixel input has range 0).
 */
final class PixelComparison {

	private PixelComparison() {
		// NB: static holder
	}

	/** Four float32 ulps, relative. */
	static final double FLOAT_SLACK = 4 * Math.ulp(1f);

	static ResultComparison compare(final RandomAccessibleInterval<? extends RealType<?>> reference,
		final RandomAccessibleInterval<? extends RealType<?>> actual, final double bound)
	{
		return compare(reference, actual, bound, 0);
	}

	/** With {@code slack · |reference value|} allowed per pixel when that exceeds {@code bound}. */
	static ResultComparison compare(final RandomAccessibleInterval<? extends RealType<?>> reference,
		final RandomAccessibleInterval<? extends RealType<?>> actual, final double bound, final double slack)
	{
		boolean agrees = true;
		final Cursor<? extends RealType<?>> cr = Views.flatIterable(reference).localizingCursor();
		final Cursor<? extends RealType<?>> ca = Views.flatIterable(actual).cursor();
		double worst = 0;
		String where = "";
		while (cr.hasNext()) {
			final double r = cr.next().getRealDouble();
			final double a = ca.next().getRealDouble();
			final double d = ResultComparison.difference(r, a);
			final double allowed = Double.isNaN(r) || Double.isInfinite(r) ? bound : Math.max(bound, slack * Math.abs(r));
			if (!(d <= allowed)) agrees = false;
			if (d > worst) {
				worst = d;
				where = "at " + Arrays.toString(cr.positionAsLongArray()) + ": reference " + r + ", actual " + a;
			}
		}
		return new ResultComparison(agrees, worst, bound, where);
	}
}
