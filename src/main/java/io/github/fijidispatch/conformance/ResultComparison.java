package io.github.fijidispatch.conformance;

import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.Bound;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * What comparing a backend's result with the reference result under the
 * op's {@link Tolerance} decided: the verdict, the largest error measured,
 * the {@link Bound} applied (its value and how the tolerance gave it), for
 * tables the decisive column, and where the largest error is. The rules
 * themselves live in {@code Tolerance}: images ({@link PixelComparison},
 * {@link PartitionComparison}) and tables ({@link TableComparison}, rows
 * matched by label where there is a {@code label} column). NaN equals NaN;
 * an infinity equals only the same infinity.
 */
public final class ResultComparison {

	private static final Bound NOT_COMPARED = new Bound(0, "not compared");

	private final boolean agrees;
	private final double maxError;
	private final Bound bound;
	private final String column;
	private final String where;

	ResultComparison(final boolean agrees, final double maxError, final Bound bound, final String column,
		final String where)
	{
		this.agrees = agrees;
		this.maxError = maxError;
		this.bound = bound;
		this.column = column == null ? "" : column;
		this.where = where == null ? "" : where;
	}

	/**
	 * Compares {@code actual} with {@code reference} as {@code op}'s tolerance
	 * says for the call with these parameters.
	 *
	 * @param params the call's parameters as given (the op's defaults fill in the rest)
	 * @param inputs the scale of the call's inputs
	 */
	public static ResultComparison compare(final Op op, final Map<String, ?> params, final Object reference,
		final Object actual, final InputScale inputs)
	{
		return compare(op.tolerance().forCall(op.resolve(params)), reference, actual, inputs);
	}

	/**
	 * Compares {@code actual} with {@code reference} under a tolerance already
	 * resolved for the call ({@link Tolerance#forCall}).
	 */
	public static ResultComparison compare(final Tolerance tolerance, final Object reference, final Object actual,
		final InputScale inputs)
	{
		if (tolerance.kind() == Tolerance.Kind.PER_PARAMETER) throw new IllegalArgumentException(
			"resolve the tolerance for the call first (Tolerance.forCall): " + tolerance);
		if (reference instanceof ResultTable) {
			if (!(actual instanceof ResultTable)) return mismatch("a table was expected, got " + kindOf(actual));
			return TableComparison.compare((ResultTable) reference, (ResultTable) actual, tolerance, inputs);
		}
		if (!HostImages.isHostImage(actual)) return mismatch("a host image was expected, got " + kindOf(actual));
		final RandomAccessibleInterval<? extends RealType<?>> ref = realImage(reference);
		final RandomAccessibleInterval<? extends RealType<?>> act = realImage(actual);
		final ImageInfo refInfo = HostImages.describe(ref);
		final ImageInfo actInfo = HostImages.describe(act);
		if (!refInfo.equals(actInfo)) return mismatch("the result is " + actInfo + "; the reference is " + refInfo);
		if (tolerance.kind() == Tolerance.Kind.PARTITION) return PartitionComparison.compare(ref, act);
		return PixelComparison.compare(ref, act, tolerance, refInfo.kind(), inputs);
	}

	/**
	 * Whether two results of the same call are the same: identical pixels or
	 * cells, or for label images the same partition.
	 */
	public static ResultComparison same(final Op op, final Object first, final Object second) {
		final Tolerance exact = op.tolerance().kind() == Tolerance.Kind.PARTITION ? Tolerance.PARTITION : Tolerance.EXACT;
		return compare(exact, first, second, null);
	}

	static ResultComparison mismatch(final String what) {
		return new ResultComparison(false, Double.POSITIVE_INFINITY, NOT_COMPARED, "", what);
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

	/** The verdict: whether the largest error is within the bound applied (and the results are comparable at all). */
	public boolean agrees() {
		return agrees;
	}

	/**
	 * The largest error: |Δ| for pixels and for the decisive column of a
	 * table, the count of conflicting pixels for partitions; infinite when the
	 * results could not be compared.
	 */
	public double maxError() {
		return maxError;
	}

	/** The value of the bound applied. */
	public double bound() {
		return bound.value();
	}

	/** The bound applied, with how the op's tolerance gave it. */
	public Bound appliedBound() {
		return bound;
	}

	/** For tables, the decisive column; empty for images and when the results could not be compared. */
	public String column() {
		return column;
	}

	/** Where the largest error is, or what does not match; empty when nothing differs. */
	public String where() {
		return where;
	}

	/** E.g. {@code agrees (max error 0.0012 ≤ bound 0.0255: 1e-4 · input range 255)}. */
	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s (max error %s %s bound %s: %s)%s", agrees ? "agrees" : "differs",
			Bound.format(maxError), agrees ? "≤" : ">", Bound.format(bound.value()), bound.derivation(),
			where.isEmpty() ? "" : " " + where);
	}
}
