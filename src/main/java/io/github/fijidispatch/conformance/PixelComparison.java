package io.github.fijidispatch.conformance;

import java.util.Arrays;

import io.github.fijidispatch.op.Bound;
import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Pixel by pixel comparison of two images of the same size: measures the
 * largest difference (and where it is) and the reference's largest finite
 * magnitude, then asks the {@link Tolerance} for the bound of this call
 * ({@link Tolerance#pixelBound}) and judges the largest difference against
 * it. The bound reported is the one applied.
 */
final class PixelComparison {

	private PixelComparison() {
		// NB: static holder
	}

	/**
	 * @param tolerance an {@code EXACT} or {@code NUMERIC} tolerance, resolved for the call
	 * @param kind the pixel kind of the results
	 */
	static ResultComparison compare(final RandomAccessibleInterval<? extends RealType<?>> reference,
		final RandomAccessibleInterval<? extends RealType<?>> actual, final Tolerance tolerance, final PixelKind kind,
		final InputScale inputs)
	{
		final Cursor<? extends RealType<?>> cr = Views.flatIterable(reference).localizingCursor();
		final Cursor<? extends RealType<?>> ca = Views.flatIterable(actual).cursor();
		double worst = 0;
		double magnitude = 0;
		String where = "";
		while (cr.hasNext()) {
			final double r = cr.next().getRealDouble();
			final double a = ca.next().getRealDouble();
			if (!Double.isNaN(r) && !Double.isInfinite(r)) magnitude = Math.max(magnitude, Math.abs(r));
			final double d = ResultComparison.difference(r, a);
			if (d > worst) {
				worst = d;
				where = "at " + Arrays.toString(cr.positionAsLongArray()) + ": reference " + r + ", actual " + a;
			}
		}
		final Bound bound = tolerance.pixelBound(kind, inputs, magnitude);
		return new ResultComparison(bound.admits(worst), worst, bound, "", where);
	}
}
