package io.github.fijidispatch.op.project;

import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code project.sum}: the sum along an axis (default z).
 * <p>
 * Contract: see {@link ProjectionOp} for the output size. Summed in double precision over the pixels of the line that are not NaN, stored as float32; unlike numpy's {@code nansum}, which gives 0, a line of NaN only gives NaN. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest
 * magnitude), integer |Δ| ≤ 1.
 * </p>
 * <p>
 * Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered
 * values, and a line of NaN only gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class SumProjectionOp extends ProjectionOp {

	public static final String ID = "project.sum";

	public SumProjectionOp() {
		super(ID, "Sum Projection", "Projects the sum along an axis.", true);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.noData("line");
	}
}
