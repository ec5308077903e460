package io.github.fijidispatch.conformance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.op.Bound;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Whether two label images induce the same partition: background (0) in
 * the same pixels, a bijection between the labels, and actual labels 1..N
 * consecutive as the catalog requires. The error is the
 * number of pixels that break the bijection, the bound
 * {@link Tolerance#PARTITION}'s (none may); where names the first one.
 */
final class PartitionComparison {

	private static final Bound BOUND = Tolerance.PARTITION.pixelBound(PixelKind.FLOAT32, null, 0);

	private PartitionComparison() {
		// NB: static holder
	}

	static ResultComparison compare(final RandomAccessibleInterval<? extends RealType<?>> reference,
		final RandomAccessibleInterval<? extends RealType<?>> actual)
	{
		final Map<Double, Double> forward = new HashMap<>();
		final Map<Double, Double> backward = new HashMap<>();
		final Cursor<? extends RealType<?>> cr = Views.flatIterable(reference).localizingCursor();
		final Cursor<? extends RealType<?>> ca = Views.flatIterable(actual).cursor();
		long conflicts = 0;
		String where = "";
		while (cr.hasNext()) {
			final double r = cr.next().getRealDouble();
			final double a = ca.next().getRealDouble();
			final String conflict = conflict(r, a, forward, backward);
			if (conflict == null) continue;
			if (conflicts++ == 0) where = "at " + Arrays.toString(cr.positionAsLongArray()) + ": " + conflict;
		}
		if (conflicts == 0) {
			final long labels = backward.keySet().stream().filter(v -> v != 0).count();
			final double largest = backward.keySet().stream().mapToDouble(Double::doubleValue).max().orElse(0);
			if (largest != labels) return new ResultComparison(false, 0, BOUND, "", "labels are not 1.." + labels +
				" consecutive: the largest is " + largest);
		}
		return new ResultComparison(BOUND.admits(conflicts), conflicts, BOUND, "", where);
	}

	/** What breaks the bijection at one pixel, or {@code null}. */
	private static String conflict(final double r, final double a, final Map<Double, Double> forward,
		final Map<Double, Double> backward)
	{
		if ((r == 0) != (a == 0)) return "background differs (reference " + r + ", actual " + a + ")";
		final Double f = forward.putIfAbsent(r, a);
		if (f != null && f != a) return "reference label " + r + " maps to actual labels " + f + " and " + a;
		final Double b = backward.putIfAbsent(a, r);
		if (b != null && b != r) return "actual label " + a + " covers reference labels " + b + " and " + r;
		return null;
	}
}
