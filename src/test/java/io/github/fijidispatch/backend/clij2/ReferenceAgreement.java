package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.op.Op;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Asserts that a backend's result agrees with the reference result within
 * the op's tolerance, through the conformance kit's {@link ResultComparison}
 * (the one place that applies {@code op.Tolerance}), so that these tests and
 * {@code verify} judge alike.
 */
final class ReferenceAgreement {

	private ReferenceAgreement() {
		// NB: static holder
	}

	static void assertAgrees(final Op op, final Map<String, ?> params, final Object[] inputs, final Object reference,
		final Object actual, final String what)
	{
		final ResultComparison cmp = ResultComparison.compare(op, params, reference, actual, ConformanceImages.scale(op.inputNames(),
			java.util.Arrays.asList(inputs)));
		assertTrue(cmp.agrees(), what + ": " + cmp);
	}

	static double maxDifference(final RandomAccessibleInterval<? extends RealType<?>> a,
		final RandomAccessibleInterval<? extends RealType<?>> b)
	{
		final Cursor<? extends RealType<?>> ca = Views.flatIterable(a).cursor();
		final Cursor<? extends RealType<?>> cb = Views.flatIterable(b).cursor();
		double worst = 0;
		while (ca.hasNext()) {
			final double x = ca.next().getRealDouble();
			final double y = cb.next().getRealDouble();
			if (x == y || (Double.isNaN(x) && Double.isNaN(y))) continue;
			final double d = Math.abs(x - y);
			worst = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(worst, d);
		}
		return worst;
	}
}
