package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.median}: neighbourhood median.
 * <p>
 * Contract: the median of the neighbourhood given by {@code radius} and
 * {@code shape} (see {@link NeighbourhoodParameters}); for an even count the
 * upper median (element {@code count/2} of the sorted values, 0-based). Box and
 * sphere neighbourhoods always hold an odd count, so this only matters to
 * backends that build others. Boundary: clamp to edge (the clamped copies
 * count as values). The output has the input's size and pixel type and holds
 * input values (compared as float; NaN sorts above everything). Limits: radius
 * ≤ {@value NeighbourhoodParameters#MAX_RADIUS} per axis.
 * It selects an input value, so every backend gives exactly that value.
 * Tolerance: exact.
 * </p>
 */
@Plugin(type = Op.class)
public class MedianOp extends AbstractOp {

	public static final String ID = "filter.median";

	public MedianOp() {
		super(ID, "Median", "Filters", "Replaces each pixel by the median of its box or sphere neighbourhood, clamp-to-edge.",
			oneImage(), NeighbourhoodParameters.radius(1), NeighbourhoodParameters.shape());
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}
}
