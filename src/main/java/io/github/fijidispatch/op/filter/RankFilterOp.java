package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Tolerance;

/**
 * Base of the grey-scale filters that pick a value of a box or sphere
 * neighbourhood (minimum, maximum, median, and the top-hat made of them): one
 * image in, the {@code radius} and {@code shape} parameters of
 * {@link NeighbourhoodParameters}, exact on every backend (the result is an
 * input value, or a difference of them), NaN skipped as no data within the
 * window, and a block halo of {@code passes} times the radius.
 */
public abstract class RankFilterOp extends NeighbourhoodFilterOp {

	/**
	 * @param passes how many neighbourhood passes the filter makes (1; 2 for an
	 *          opening), which sets the block halo
	 */
	protected RankFilterOp(final String id, final String label, final String description, final int passes) {
		super(id, label, description, passes);
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.noData("window");
	}
}
