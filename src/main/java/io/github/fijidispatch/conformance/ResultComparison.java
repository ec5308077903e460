package io.github.fijidispatch.conformance;

import java.util.Locale;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * How a backend's result compares with the reference result under the op's
 * {@link Tolerance}: whether it agrees, the largest error, the bound it was
 * held to, and where the largest error is. Images: {@code EXACT} identical
 * pixels, {@code PARTITION} the same partition into labels, {@code NUMERIC}
 * float |Δ| ≤ relative · input range (or 16 float32 ulps of the larger of
 * the value and the input magnitude, whichever is larger) and integer |Δ| ≤ 1. Tables: per column,
 * rows matched by label where there is a {@code label} column. NaN equals
 * NaN; an infinity equals only the same infinity.
 */
public final class ResultComparison {

	private final boolean agrees;
	private final double maxError;
	private final double bound;
	private final String where;

	ResultComparison(final boolean agrees, final double maxError, final double bound, final String where) {
		this.agrees = agrees;
		this.maxError = maxError;
		this.bound = bound;
		this.where = where == null ? "" : where;
	}

	/** Compares {@code actual} with {@code reference} as {@code op}'s tolerance says. */
	public static ResultComparison compare(final Op op, final Object reference, final Object actual,
		final double inputRange)
	{
		return compare(op, reference, actual, inputRange, 0);
	}

	/**
	 * As {@link #compare(Op, Object, Object, double)}, with the largest
	 * |finite input pixel| for the float32 rounding allowance.
	 */
	public static ResultComparison compare(final Op op, final Object reference, final Object actual,
		final double inputRange, final double inputMagnitude)
	{
		if (reference instanceof ResultTable) {
			if (!(actual instanceof ResultTable)) return mismatch("a table was expected, got " + kindOf(actual));
			return TableComparison.compare((ResultTable) reference, (ResultTable) actual, op.tolerance());
		}
		if (!HostImages.isHostImage(actual)) return mismatch("a host image was expected, got " + kindOf(actual));
		final RandomAccessibleInterval<? extends RealType<?>> ref = realImage(reference);
		final RandomAccessibleInterval<? extends RealType<?>> act = realImage(actual);
		final ImageInfo refInfo = HostImages.describe(ref);
		final ImageInfo actInfo = HostImages.describe(act);
		if (!refInfo.equals(actInfo)) return mismatch("the result is " + actInfo + "; the reference is " + refInfo);
		if (op.tolerance().kind() == Tolerance.Kind.PARTITION) return PartitionComparison.compare(ref, act);
		final boolean floatNumeric = op.tolerance().kind() == Tolerance.Kind.NUMERIC && !refInfo.kind().isInteger();
		return PixelComparison.compare(ref, act, op.tolerance().absolute(refInfo.kind(), inputRange),
			floatNumeric ? PixelComparison.FLOAT_SLACK : 0, inputMagnitude);
	}

	/**
	 * Whether two results of the same call are the same: identical pixels or
	 * cells, or for label images the same partition.
	 */
	public static ResultComparison same(final Op op, final Object first, final Object second) {
		final Tolerance exact = op.tolerance().kind() == Tolerance.Kind.PARTITION ? Tolerance.PARTITION : Tolerance.EXACT;
		if (first instanceof ResultTable) {
			if (!(second instanceof ResultTable)) return mismatch("a table was expected, got " + kindOf(second));
			return TableComparison.compare((ResultTable) first, (ResultTable) second, exact);
		}
		if (!HostImages.isHostImage(second)) return mismatch("a host image was expected, got " + kindOf(second));
		final ImageInfo a = HostImages.describe(realImage(first));
		final ImageInfo b = HostImages.describe(realImage(second));
		if (!a.equals(b)) return mismatch("the second result is " + b + "; the first is " + a);
		if (exact == Tolerance.PARTITION) return PartitionComparison.compare(realImage(first), realImage(second));
		return PixelComparison.compare(realImage(first), realImage(second), 0);
	}

	static ResultComparison mismatch(final String what) {
		return new ResultComparison(false, Double.POSITIVE_INFINITY, 0, what);
	}

	@SuppressWarnings("unchecked")
	static RandomAccessibleInterval<? extends RealType<?>> realImage(final Object o) {
		return (RandomAccessibleInterval<? extends RealType<?>>) o;
	}

	private static String kindOf(final Object o) {
		return o == null ? "null" : "a " + o.getClass().getName();
	}

	/** The absolute difference of two values: 0 for equal values (NaN = NaN), infinite when only one is NaN. */
	static double difference(final double a, final double b) {
		if (a == b || (Double.isNaN(a) && Double.isNaN(b))) return 0;
		final double d = Math.abs(a - b);
		return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
	}

	public boolean agrees() {
		return agrees;
	}

	/** The largest error: |Δ| for pixels and tables, the count of conflicting pixels for partitions. */
	public double maxError() {
		return maxError;
	}

	/** The largest error allowed. */
	public double bound() {
		return bound;
	}

	/** Where the largest error is, or what does not match; empty when nothing differs. */
	public String where() {
		return where;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s (max error %.4g, bound %.4g)%s", agrees ? "agrees" : "differs", maxError,
			bound, where.isEmpty() ? "" : " " + where);
	}
}
