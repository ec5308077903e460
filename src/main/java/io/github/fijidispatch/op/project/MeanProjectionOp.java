package io.github.fijidispatch.op.project;

import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code project.mean}: the mean along an axis (default z).
 * <p>
 * Contract: see {@link ProjectionOp} for the output size. Summed in double precision, divided by the line
 * length, stored as float32 (NaN pixels propagate). Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16
 * float32 ulps of the largest magnitude), integer |Δ| ≤ 1.
 * </p>
 */
@Plugin(type = Op.class)
public class MeanProjectionOp extends ProjectionOp {

	public static final String ID = "project.mean";

	public MeanProjectionOp() {
		super(ID, "Mean Projection", "Projects the mean along an axis.", true);
	}
}
