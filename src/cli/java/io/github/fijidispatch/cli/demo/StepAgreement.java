package io.github.fijidispatch.cli.demo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * How one step's result compares with the reference run's, judged by the
 * op's tolerance: exact pixels, the same partition into labels, a numeric
 * bound, or (tables) the same values per column once rows are sorted, since
 * label numbering may differ between backends.
 */
final class StepAgreement {

	final boolean agrees;
	final String text;

	private StepAgreement(final boolean agrees, final String text) {
		this.agrees = agrees;
		this.text = text;
	}

	static StepAgreement of(final Object reference, final Object result, final Tolerance tolerance, final double inputRange) {
		if (reference instanceof ResultTable) return tables((ResultTable) reference, (ResultTable) result);
		final RandomAccessibleInterval<?> a = (RandomAccessibleInterval<?>) reference;
		final RandomAccessibleInterval<?> b = (RandomAccessibleInterval<?>) result;
		if (!Intervals.equalDimensions(a, b)) return new StepAgreement(false, "size differs");
		switch (tolerance.kind()) {
			case PARTITION: return partitions(a, b);
			case EXACT: {
				final long differing = differing(a, b);
				return new StepAgreement(differing == 0, differing == 0 ? "exact" : differing + " px differ");
			}
			default: {
				final double max = maxAbsDifference(a, b);
				final boolean integer = isInteger(a);
				final double bound = integer ? 1 : tolerance.relative() * Math.max(inputRange, 1e-12);
				return new StepAgreement(max <= bound, String.format(Locale.ROOT, "max |Δ| %.3g (≤ %.3g)", max, bound));
			}
		}
	}

	private static boolean isInteger(final RandomAccessibleInterval<?> img) {
		final Object t = Views.iterable(img).firstElement();
		return t instanceof net.imglib2.type.numeric.IntegerType;
	}

	private static StepAgreement tables(final ResultTable a, final ResultTable b) {
		if (a.rowCount() != b.rowCount()) return new StepAgreement(false, a.rowCount() + " vs " + b.rowCount() + " rows");
		double max = 0;
		for (final String column : a.columns()) {
			if (column.equals("label")) continue;
			final double[] x = a.column(column);
			final double[] y = b.column(column);
			Arrays.sort(x);
			Arrays.sort(y);
			for (int i = 0; i < x.length; i++)
				max = Math.max(max, Math.abs(x[i] - y[i]) / Math.max(1, Math.abs(x[i])));
		}
		return new StepAgreement(max <= 1e-4, String.format(Locale.ROOT, "%d rows, max rel. |Δ| %.2g", a.rowCount(), max));
	}

	private static StepAgreement partitions(final RandomAccessibleInterval<?> a, final RandomAccessibleInterval<?> b) {
		final Map<Double, Double> forward = new HashMap<>();
		final Map<Double, Double> backward = new HashMap<>();
		final Cursor<?> ca = Views.flatIterable(a).cursor();
		final Cursor<?> cb = Views.flatIterable(b).cursor();
		while (ca.hasNext()) {
			final Double la = ((RealType<?>) ca.next()).getRealDouble();
			final Double lb = ((RealType<?>) cb.next()).getRealDouble();
			if ((la == 0) != (lb == 0)) return new StepAgreement(false, "foreground differs");
			if (!lb.equals(forward.computeIfAbsent(la, k -> lb)) || !la.equals(backward.computeIfAbsent(lb, k -> la)))
				return new StepAgreement(false, "partitions differ");
		}
		final int labels = forward.size() - (forward.containsKey(0.0) ? 1 : 0);
		return new StepAgreement(true, "same partition, " + labels + (labels == 1 ? " label" : " labels"));
	}

	private static long differing(final RandomAccessibleInterval<?> a, final RandomAccessibleInterval<?> b) {
		long n = 0;
		final Cursor<?> ca = Views.flatIterable(a).cursor();
		final Cursor<?> cb = Views.flatIterable(b).cursor();
		while (ca.hasNext())
			if (((RealType<?>) ca.next()).getRealDouble() != ((RealType<?>) cb.next()).getRealDouble()) n++;
		return n;
	}

	static double maxAbsDifference(final RandomAccessibleInterval<?> a, final RandomAccessibleInterval<?> b) {
		final Cursor<?> ca = Views.flatIterable(Views.zeroMin(a)).cursor();
		final RandomAccess<?> rb = Views.zeroMin(b).randomAccess();
		double max = 0;
		while (ca.hasNext()) {
			final double va = ((RealType<?>) ca.next()).getRealDouble();
			rb.setPosition(ca);
			max = Math.max(max, Math.abs(va - ((RealType<?>) rb.get()).getRealDouble()));
		}
		return max;
	}

	@Override
	public String toString() {
		return text;
	}
}
