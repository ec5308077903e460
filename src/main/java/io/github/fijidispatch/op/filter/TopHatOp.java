package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.tophat}: white top-hat.
 * <p>
 * Contract: {@code input − open(input)}, where the grey opening
 * {@code open = max(min(input))} uses the same neighbourhood ({@code radius},
 * {@code shape}, see {@link NeighbourhoodParameters}) for both passes; each
 * pass clamps to edge. Since the opening never exceeds the input, the result is
 * never negative. The output has the input's size and pixel type (exact for
 * integer types). Limits: radius ≤ {@value NeighbourhoodParameters#MAX_RADIUS}
 * per axis. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest magnitude),
 * integer |Δ| ≤ 1.
 * </p>
 */
@Plugin(type = Op.class)
public class TopHatOp extends AbstractOp {

	public static final String ID = "filter.tophat";

	public TopHatOp() {
		super(ID, "Top Hat", "Filters", "White top-hat: the input minus its grey opening (minimum then maximum), clamp-to-edge.",
			oneImage(), NeighbourhoodParameters.radius(1), NeighbourhoodParameters.shape());
	}
}
