package io.github.fijidispatch.conformance;

import java.util.Arrays;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Pixel by pixel comparison of two images of the same size against an
 * absolute bound. Float outputs also allow {@link #FLOAT_SLACK} times the
 * larger of the reference value and the input magnitude: float32 arithmetic
 * on inputs of magnitude M carries rounding errors of a few ulps of M, and a
 * range-relative bound cannot allow for them when the input range is 0 (a
 * constant or one-pixel image).
 */
final class PixelComparison {

	private PixelComparison() {
		// NB: static holder
	}

	/** Sixteen float32 ulps (about 1.9e-6), relative. */
	static final double FLOAT_SLACK = 16 * Math.ulp(1f);

	static ResultComparison compare(final RandomAccessibleInterval<? extends RealType<?>> reference,
		final RandomAccessibleInterval<? extends RealType<?>> actual, final double bound)
	{
		return compare(reference, actual, bound, 0, 0);
	}

	/** With {@code slack · max(|reference value|, magnitude)} allowed per pixel when that exceeds {@code bound}. */
	static ResultComparison compare(final RandomAccessibleInterval<? extends RealType<?>> reference,
		final RandomAccessibleInterval<? extends RealType<?>> actual, final double bound, final double slack,
		final double magnitude)
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
			final double allowed = Double.isNaN(r) || Double.isInfinite(r) ? bound : Math.max(bound, slack * Math.max(Math.abs(r), magnitude));
			if (!(d <= allowed)) agrees = false;
			if (d > worst) {
				worst = d;
				where = "at " + Arrays.toString(cr.positionAsLongArray()) + ": reference " + r + ", actual " + a;
			}
		}
		return new ResultComparison(agrees, worst, bound, where);
	}
}
