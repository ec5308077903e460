package io.github.fijidispatch.block;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * {@link BlockPlan.Kind#LABEL_SUMS} for {@code label.measure}: each block
 * measured through dispatch, then merged by label: areas added, intensity
 * sums (mean × the count of non-NaN intensities, counted per block for float
 * intensities) added, extremes compared, centroids moved to image coordinates
 * and weighted by area. Rows ordered by label, as the op's contract says.
 */
final class LabelSumMerge implements BlockStrategy {

	private static final int LABEL = 0, AREA = 1, MEAN = 2, MIN = 3, MAX = 4, CENTROID = 5;

	@Override
	public Object run(final BlockRun run) {
		final boolean nanPossible = !run.info(1).kind().isInteger();
		final int n = run.info(0).numDimensions();
		final BlockGrid grid = run.grid();
		run.expect(grid.size());
		final TreeMap<Long, double[]> sums = new TreeMap<>();
		run.forEach(grid.blocks(), block -> new Measured((ResultTable) run.call(block.interval()), nanPossible ? nanCounts(
			run, block) : new HashMap<>()), (block, measured) -> {
			final ResultTable part = measured.table;
			final Map<Long, Long> nans = measured.nans;
			final long[] min = block.min();
			for (int r = 0; r < part.rowCount(); r++) {
				final double[] row = part.row(r);
				final long label = (long) row[LABEL];
				final double[] s = sums.computeIfAbsent(label, k -> new double[] { 0, 0, Double.POSITIVE_INFINITY,
					Double.NEGATIVE_INFINITY, 0, 0, 0, 0 });
				final double area = row[AREA];
				final double valid = area - nans.getOrDefault(label, 0L);
				s[0] += area;
				s[1] += valid;
				if (valid > 0) {
					s[2] = Math.min(s[2], row[MIN]);
					s[3] = Math.max(s[3], row[MAX]);
					s[4] += row[MEAN] * valid;
				}
				for (int d = 0; d < 3; d++)
					s[5 + d] += (row[CENTROID + d] + (d < n ? min[d] : 0)) * area;
			}
		});
		final ResultTable table = new ResultTable(MeasureLabelsOp.COLUMNS);
		for (final Map.Entry<Long, double[]> e : sums.entrySet()) {
			final double[] s = e.getValue();
			final boolean any = s[1] > 0;
			table.addRow(e.getKey(), s[0], any ? s[4] / s[1] : Double.NaN, any ? s[2] : Double.NaN, any ? s[3]
				: Double.NaN, s[5] / s[0], s[6] / s[0], s[7] / s[0]);
		}
		return table;
	}

	/** A block's measurements and its NaN intensities per label, merged in block order. */
	private static final class Measured {

		final ResultTable table;
		final Map<Long, Long> nans;

		Measured(final ResultTable table, final Map<Long, Long> nans) {
			this.table = table;
			this.nans = nans;
		}
	}

	/** Per label of the block, its NaN intensities (the op leaves them out of mean, min and max). */
	private static Map<Long, Long> nanCounts(final BlockRun run, final Block block) {
		final Map<Long, Long> out = new HashMap<>();
		final Cursor<? extends RealType<?>> labels = Views.flatIterable(box(run, 0, block)).cursor();
		final Cursor<? extends RealType<?>> intensity = Views.flatIterable(box(run, 1, block)).cursor();
		while (labels.hasNext()) {
			final double label = labels.next().getRealDouble();
			if (Double.isNaN(intensity.next().getRealDouble()) && label >= 1) out.merge((long) label, 1L, Long::sum);
		}
		return out;
	}

	private static RandomAccessibleInterval<? extends RealType<?>> box(final BlockRun run, final int input,
		final Block block)
	{
		return run.read(input, block.interval());
	}
}
