package io.github.fijidispatch.op.project;

import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code project.sum}: the sum along an axis (default z).
 * <p>
 * Contract: see {@link ProjectionOp} for the output size. Summed in double precision, stored as float32 (NaN
 * pixels propagate). Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest
 * magnitude), integer |Δ| ≤ 1.
 * </p>
 */
@Plugin(type = Op.class)
public class SumProjectionOp extends ProjectionOp {

	public static final String ID = "project.sum";

	public SumProjectionOp() {
		super(ID, "Sum Projection", "Projects the sum along an axis.", true);
	}
}
