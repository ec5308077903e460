package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.tophat}: white top-hat.
 * <p>
 * Contract: {@code input − open(input)}, where the grey opening
 * {@code open = max(min(input))} uses the same neighbourhood ({@code radius},
 * {@code shape}, see {@link NeighbourhoodParameters}) for both passes; each
 * pass clamps to edge. Since the opening never exceeds the input, the result is
 * never negative. The two passes skip NaN; the subtraction is IEEE arithmetic,
 * so a NaN input pixel gives NaN (and +Inf under an opening of +Inf gives NaN). The output has the input's size and pixel type (exact for
 * integer types). Limits: radius ≤ {@value NeighbourhoodParameters#MAX_RADIUS}
 * per axis. The opening selects input values, and the one subtraction is exact
 * for integer types and rounded once for float32, so every backend gives the
 * same value. Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered
 * values, and a window of NaN only gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class TopHatOp extends RankFilterOp {

	public static final String ID = "filter.tophat";

	public TopHatOp() {
		super(ID, "Top Hat",
			"White top-hat: the input minus its grey opening (minimum then maximum), clamp-to-edge.", 2);
	}
}
