package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Asserts that a backend's result agrees with the reference result within
 * the op's tolerance: exact pixels, the same partition (labels), or a
 * numeric bound (1e-4 of the input range for float, 1 for integer outputs).
 * Tables are compared cell by cell with the numeric bound relative to each
 * column's magnitude.
 */
final class ReferenceAgreement {

	private ReferenceAgreement() {
		// NB: static holder
	}

	static void assertAgrees(final Op op, final Object reference, final Object actual, final double inputRange,
		final String what)
	{
		if (reference instanceof ResultTable) {
			assertTables(op, (ResultTable) reference, (ResultTable) actual, what);
			return;
		}
		final RandomAccessibleInterval<? extends RealType<?>> ref = image(reference);
		final RandomAccessibleInterval<? extends RealType<?>> act = image(actual);
		final ImageInfo refInfo = HostImages.describe(ref);
		assertEquals(refInfo, HostImages.describe(act), what + ": size and pixel kind");
		final Tolerance tol = op.tolerance();
		switch (tol.kind()) {
			case PARTITION:
				assertSamePartition(ref, act, what);
				return;
			default:
				final double bound = tol.absolute(refInfo.kind(), inputRange);
				final double worst = maxDifference(ref, act);
				assertTrue(worst <= bound, what + ": max |Δ| = " + worst + " exceeds " + tol + " (bound " + bound + ")");
		}
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> image(final Object o) {
		return (RandomAccessibleInterval<? extends RealType<?>>) o;
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

	/** Same partition: background (0) where the reference has it, and a one-to-one map between labels. */
	private static void assertSamePartition(final RandomAccessibleInterval<? extends RealType<?>> ref,
		final RandomAccessibleInterval<? extends RealType<?>> act, final String what)
	{
		final Map<Double, Double> forward = new HashMap<>();
		final Map<Double, Double> backward = new HashMap<>();
		final Cursor<? extends RealType<?>> ca = Views.flatIterable(ref).cursor();
		final Cursor<? extends RealType<?>> cb = Views.flatIterable(act).cursor();
		while (ca.hasNext()) {
			final double x = ca.next().getRealDouble();
			final double y = cb.next().getRealDouble();
			if ((x == 0) != (y == 0)) fail(what + ": background differs (reference " + x + ", actual " + y + ")");
			final Double f = forward.putIfAbsent(x, y);
			final Double g = backward.putIfAbsent(y, x);
			if ((f != null && f != y) || (g != null && g != x)) fail(what + ": label " + x + " maps to both " + f + " and " + y);
		}
		final double n = forward.keySet().stream().filter(v -> v != 0).count();
		final double maxLabel = act == null ? 0 : backward.keySet().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		assertEquals(n, maxLabel, what + ": labels are 1..N consecutive");
	}

	private static void assertTables(final Op op, final ResultTable ref, final ResultTable act, final String what) {
		assertEquals(ref.columns(), act.columns(), what + ": columns");
		assertEquals(ref.rowCount(), act.rowCount(), what + ": rows");
		final double relative = op.tolerance().kind() == Tolerance.Kind.NUMERIC ? op.tolerance().relative() : 0;
		for (final String c : ref.columns()) {
			final double[] r = ref.column(c);
			final double[] a = act.column(c);
			final double scale = Arrays.stream(r).map(Math::abs).filter(v -> !Double.isInfinite(v)).max().orElse(1);
			for (int i = 0; i < r.length; i++) {
				if (Double.isNaN(r[i]) && Double.isNaN(a[i])) continue;
				if (r[i] == a[i]) continue;
				assertTrue(Math.abs(r[i] - a[i]) <= Math.max(relative, 1e-5) * Math.max(scale, 1),
					what + ": column " + c + " row " + i + ": reference " + r[i] + ", actual " + a[i]);
			}
		}
	}
}
