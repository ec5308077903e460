package io.github.fijidispatch.block;

import io.github.fijidispatch.backend.imglib2.ValueRange;

/**
 * The host pass that the global plans needing the whole image's range share
 * (a threshold's histogram bins, a scaling conversion): the finite [min, max]
 * of the first input, merged from each block's {@link ValueRange}. NaN and
 * ±Inf are left out; a block without finite values adds nothing.
 */
final class FiniteRangePass {

	private FiniteRangePass() {
		// NB: static holder
	}

	/**
	 * @return {min, max} over the blocks of {@code grid}; {+Inf, −Inf} (min
	 *         above max) when no block holds a finite value
	 */
	static double[] of(final BlockRun run, final BlockGrid grid) {
		final double[] extremes = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		run.forEach(grid.blocks(), block -> {
			final ValueRange range = ValueRange.finiteOf(run.read(0, block.interval()));
			run.hostBlockDone();
			return range;
		}, (block, range) -> {
			// NB: a block without finite values has a NaN range, which neither comparison takes
			if (range.min() <= range.max()) {
				extremes[0] = Math.min(extremes[0], range.min());
				extremes[1] = Math.max(extremes[1], range.max());
			}
		});
		return extremes;
	}
}
