package io.github.fijidispatch.op.project;

import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code project.min}: the minimum along an axis (default z).
 * <p>
 * Contract: see {@link ProjectionOp} for the output size. The output keeps the input's kind. Tolerance: exact.
 * NaN pixels are skipped (all-NaN lines give NaN).
 * </p>
 * <p>
 * Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered
 * values, and a line of NaN only gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MinProjectionOp extends ProjectionOp {

	public static final String ID = "project.min";

	public MinProjectionOp() {
		super(ID, "Min Projection", "Projects the minimum along an axis.", false);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.noData("line");
	}
}
