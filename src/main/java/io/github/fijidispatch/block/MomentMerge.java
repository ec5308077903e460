package io.github.fijidispatch.block;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;

/**
 * {@link BlockPlan.Kind#MERGED_MOMENTS} for {@code measure.stats}: each
 * block's statistics, merged with Chan et al.'s pairwise update (count, mean
 * and sum of squared deviations), counts and sums added, extremes compared.
 */
final class MomentMerge implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final BlockGrid grid = run.grid();
		run.expect(grid.size());
		final Moments total = new Moments();
		for (final Block block : grid.blocks())
			total.add((ResultTable) run.call(block.interval()));
		return total.table();
	}

	/** The running merge. */
	private static final class Moments {

		private double count;
		private double nanCount;
		private double mean;
		private double squares;
		private double sum;
		private double min = Double.POSITIVE_INFINITY;
		private double max = Double.NEGATIVE_INFINITY;

		void add(final ResultTable part) {
			nanCount += part.get(0, "nan_count");
			final double n = part.get(0, "count");
			if (n == 0) return;
			final double partMean = part.get(0, "mean");
			final double sd = part.get(0, "stddev");
			final double merged = count + n;
			final double delta = partMean - mean;
			squares += sd * sd * n + (count == 0 ? 0 : delta * delta * count * n / merged);
			mean = count == 0 ? partMean : mean + delta * n / merged;
			count = merged;
			sum += part.get(0, "sum");
			min = Math.min(min, part.get(0, "min"));
			max = Math.max(max, part.get(0, "max"));
		}

		ResultTable table() {
			final ResultTable table = new ResultTable(StatsOp.COLUMNS);
			if (count == 0) return table.addRow(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, nanCount);
			// NB: with an infinity the running mean is NaN (∞ − ∞); the sum's quotient is the IEEE answer.
			final double m = Double.isFinite(sum) ? mean : sum / count;
			return table.addRow(min, max, m, sum, Math.sqrt(squares / count), count, nanCount);
		}
	}
}
