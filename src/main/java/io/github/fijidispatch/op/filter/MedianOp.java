package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.Op;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.median}: neighbourhood median.
 * <p>
 * Contract: the median of the values of the neighbourhood given by
 * {@code radius} and {@code shape} (see {@link NeighbourhoodParameters}) that
 * are not NaN; for an even count {@code n} of them the upper median (element
 * {@code n/2} of the sorted values, 0-based; −Inf sorts first, +Inf last). A box
 * or sphere holds an odd count, but NaN pixels make even counts common: ImageJ
 * 1's NaN-aware median may answer either middle value there. Boundary: clamp
 * to edge (the clamped copies count as values). The output has the input's
 * size and pixel type and holds input values (compared as float). Limits: radius
 * ≤ {@value NeighbourhoodParameters#MAX_RADIUS} per axis. Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered
 * values, and a window of NaN only gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MedianOp extends RankFilterOp {

	public static final String ID = "filter.median";

	public MedianOp() {
		super(ID, "Median",
			"Replaces each pixel by the median of its box or sphere neighbourhood, clamp-to-edge.", 1);
	}
}
