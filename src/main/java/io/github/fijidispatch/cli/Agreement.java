package io.github.fijidispatch.cli;

import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/** How far two results are apart, for the demo's agreement column. */
final class Agreement {

	private Agreement() {
		// NB: static holder
	}

	/** The largest absolute pixel difference; +Inf when the sizes differ. */
	static double maxAbsDifference(final RandomAccessibleInterval<?> a, final RandomAccessibleInterval<?> b) {
		if (!Intervals.equalDimensions(a, b)) return Double.POSITIVE_INFINITY;
		final Cursor<?> ca = Views.flatIterable(Views.zeroMin(a)).cursor();
		final RandomAccess<?> rb = Views.zeroMin(b).randomAccess();
		double max = 0;
		while (ca.hasNext()) {
			final RealType<?> va = (RealType<?>) ca.next();
			rb.setPosition(ca);
			max = Math.max(max, Math.abs(va.getRealDouble() - ((RealType<?>) rb.get()).getRealDouble()));
		}
		return max;
	}
}
