package io.github.fijidispatch.block;

import io.github.fijidispatch.backend.imglib2.Moments;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ResultTable;

/**
 * {@link BlockPlan.Kind#MERGED_MOMENTS} for {@code measure.stats}: each
 * block's statistics through dispatch, merged as the reference merges its
 * parallel parts ({@link Moments}: Chan et al.'s pairwise update of count,
 * mean and squared deviations; counts and sums added; extremes compared).
 */
final class MomentMerge implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final BlockGrid grid = run.grid();
		run.expect(grid.size());
		final Moments total = new Moments();
		// NB: merged in block order, so the sums round alike whatever the thread count
		run.forEach(grid.blocks(), block -> Moments.ofRow((ResultTable) run.call(block.interval()), 0), (block,
			part) -> total.merge(part));
		return total.table();
	}
}
