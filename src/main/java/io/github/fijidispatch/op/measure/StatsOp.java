package io.github.fijidispatch.op.measure;

import io.github.fijidispatch.op.BlockPlan;

import io.github.fijidispatch.op.AbstractTableOp;
import io.github.fijidispatch.op.ColumnTolerance;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code measure.stats}: statistics of all pixels.
 * <p>
 * Contract: a one-row table with the columns {@link #COLUMNS}: min, max, mean,
 * sum, the population standard deviation ({@code sqrt(Σ(v − mean)² / n)}), the
 * pixel count {@code n} of the pixels that are not NaN, and the NaN count
 * beside it (numpy's {@code nanmin}, {@code nanmean}, ..., and ImageJ 1's
 * statistics of a float image). Accumulated in double precision (per-thread
 * partial sums merged exactly as Chan et al.'s pairwise update); ±Inf take
 * part as IEEE arithmetic says (an infinite mean, a NaN standard deviation).
 * An image of NaN only has count 0, and NaN for min, max, mean, sum and
 * stddev. Tolerance: per column: count, nan_count exact; min, max, mean, stddev |Δ| ≤ 1e-4 · range of input 'image'; sum |Δ| ≤
 * 1e-4 · max(1, largest |value| of the column).
 * </p>
 * <p>
 * Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered
 * values, and an image of NaN only gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class StatsOp extends AbstractTableOp {

	public static final String ID = "measure.stats";

	/** The result columns, in order. */
	public static final String[] COLUMNS = { "min", "max", "mean", "sum", "stddev", "count", "nan_count" };

	public StatsOp() {
		super(ID, "Image Statistics", "Measure", "Measures min, max, mean, sum, standard deviation, pixel count and NaN count.",
			oneImage());
	}

	/**
	 * The count is exact; values on the pixels' scale within the input range;
	 * the sum (n times that scale) within its own magnitude.
	 */
	@Override
	public Tolerance tolerance() {
		return Tolerance.table(ColumnTolerance.exact("count", "nan_count"), ColumnTolerance.ofInputRange("image", "min", "max", "mean",
			"stddev"), ColumnTolerance.ofColumnMagnitude(Tolerance.DEFAULT_RELATIVE, "sum"));
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.noData("image");
	}

	/** Counts, sums and extremes add up over blocks (Chan et al.'s pairwise update for the variance). */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.global(BlockPlan.Kind.MERGED_MOMENTS);
	}
}
