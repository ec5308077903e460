package io.github.fijidispatch.op.metrics;

import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code metrics.mse}: the mean squared error of two images.
 * <p>
 * Contract: a one-row table with the column {@code mse} =
 * {@code Σ (reference − image)² / n} over all {@code n} pixels, differences
 * and sums in double precision (as scikit-image's
 * {@code mean_squared_error}). Tolerance: 1e-4 relative.
 * </p>
 */
@Plugin(type = Op.class)
public class MseOp extends ImagePairMetricOp {

	public static final String ID = "metrics.mse";

	public MseOp() {
		super(ID, "Mean Squared Error", "Mean squared difference between a reference and an image.");
	}
}
