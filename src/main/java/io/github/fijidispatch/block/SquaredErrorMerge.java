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
		// NB: { squared error, min, max } per block, added in block order (the same sum whatever the thread count)
		final double[] total = { 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		run.forEach(grid.blocks(), block -> {
			final ResultTable part = (ResultTable) run.call(MseOp.ID, run.boxes(block.interval()), Collections.emptyMap());
			final double[] out = { part.get(0, MseOp.COLUMN) * Intervals.numElements(block.interval()),
				Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
			if (rangeFromPixels) {
				final ResultTable stats = (ResultTable) run.call(StatsOp.ID, run.boxes(block.interval()).subList(0, 1),
					Collections.emptyMap());
				if (stats.get(0, "count") > 0) {
					out[1] = stats.get(0, "min");
					out[2] = stats.get(0, "max");
				}
			}
			return out;
		}, (block, part) -> {
			total[0] += part[0];
			total[1] = Math.min(total[1], part[1]);
			total[2] = Math.max(total[2], part[2]);
		});
		final double min = total[1];
		final double max = total[2];
		final double mse = total[0] / reference.pixelCount();
		if (!psnr) return new ResultTable(MseOp.COLUMN).addRow(mse);
		final double range = rangeFromPixels ? (min > max ? Double.NaN : max - min) : PsnrOp.typeRange(reference.kind());
		return new ResultTable(PsnrOp.COLUMN).addRow(PsnrOp.fromMse(range, mse));
	}
}
