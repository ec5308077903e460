package io.github.fijidispatch.op.metrics;

import io.github.fijidispatch.op.ColumnTolerance;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code metrics.mse}: the mean squared error of two images.
 * <p>
 * Contract: a one-row table with the column {@code mse} =
 * {@code Σ (reference − image)² / n} over all {@code n} pixels, differences
 * and sums in double precision (as scikit-image's
 * {@code mean_squared_error}). Tolerance: per column: mse |Δ| ≤ 1e-4 · max(1, largest |value| of the column).
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MseOp extends ImagePairMetricOp {

	/** The one column of the result table. */
	public static final String COLUMN = "mse";

	public static final String ID = "metrics.mse";

	public MseOp() {
		super(ID, "Mean Squared Error", "Mean squared difference between a reference and an image.");
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.table(ColumnTolerance.ofColumnMagnitude(Tolerance.DEFAULT_RELATIVE, COLUMN));
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
