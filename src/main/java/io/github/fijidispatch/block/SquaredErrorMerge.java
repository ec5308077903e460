package io.github.fijidispatch.block;

import java.util.Collections;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;
import io.github.fijidispatch.op.metrics.MseOp;
import io.github.fijidispatch.op.metrics.PsnrOp;
import net.imglib2.util.Intervals;

/**
 * {@link BlockPlan.Kind#MERGED_SUMS} for {@code metrics.mse} and
 * {@code metrics.psnr}: the squared error of every block ({@code mse} times
 * its pixels) added up; PSNR takes the merged mse and the reference's data
 * range (its type's for integer kinds, else the min and max of every
 * reference block, from {@code measure.stats}).
 */
final class SquaredErrorMerge implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final boolean psnr = PsnrOp.ID.equals(run.op().id());
		final ImageInfo reference = run.info(0);
		final boolean rangeFromPixels = psnr && !reference.kind().isInteger();
		final BlockGrid grid = run.grid();
		run.expect(grid.size() * (rangeFromPixels ? 2 : 1));
		double squares = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (final Block block : grid.blocks()) {
			final ResultTable part = (ResultTable) run.call(MseOp.ID, run.boxes(block.interval()), Collections.emptyMap());
			squares += part.get(0, MseOp.COLUMN) * Intervals.numElements(block.interval());
			if (rangeFromPixels) {
				final ResultTable stats = (ResultTable) run.call(StatsOp.ID, run.boxes(block.interval()).subList(0, 1),
					Collections.emptyMap());
				if (stats.get(0, "count") > 0) {
					min = Math.min(min, stats.get(0, "min"));
					max = Math.max(max, stats.get(0, "max"));
				}
			}
		}
		final double mse = squares / reference.pixelCount();
		if (!psnr) return new ResultTable(MseOp.COLUMN).addRow(mse);
		final double range = rangeFromPixels ? (min > max ? Double.NaN : max - min) : PsnrOp.typeRange(reference.kind());
		return new ResultTable(PsnrOp.COLUMN).addRow(PsnrOp.fromMse(range, mse));
	}
}
