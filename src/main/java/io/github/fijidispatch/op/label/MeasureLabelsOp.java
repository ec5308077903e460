package io.github.fijidispatch.op.label;

import io.github.fijidispatch.op.BlockPlan;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.op.AbstractTableOp;
import io.github.fijidispatch.op.ColumnTolerance;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code label.measure}: statistics of an intensity image per label.
 * <p>
 * Contract: inputs {@code labels} (any pixel kind) and {@code intensity}, of
 * the same size. A pixel belongs to label {@code k} when its label value is
 * the whole number {@code k ≥ 1} (at most 2^24); 0, negative values and NaN are
 * background; a fractional label value is a bad input. The result is a table with the
 * columns {@link #COLUMNS}: one row per label present, ordered by label; area
 * is the pixel count, mean/min/max are over the label's intensity values that
 * are not NaN (NaN when it has none, as {@code nanmean} says), centroids
 * are the unweighted mean pixel coordinates (pixel centres at whole numbers,
 * {@code centroid_z} 0 in 2D). Sums are in double precision. Tolerance: per column: label, area exact; mean,
 * min, max |Δ| ≤ 1e-4 · range of input 'intensity'; centroid_x, centroid_y, centroid_z |Δ| ≤ 1e-4 · max(1,
 * largest |value| of the column).
 * </p>
 * <p>
 * Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered
 * values, and a label of NaN only gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class MeasureLabelsOp extends AbstractTableOp {

	public static final String ID = "label.measure";

	/** The result columns, in order. */
	public static final String[] COLUMNS = { "label", "area", "mean", "min", "max", "centroid_x", "centroid_y",
		"centroid_z" };

	public MeasureLabelsOp() {
		super(ID, "Measure Labels", "Labels", "Measures area, intensity and centroid of every label.",
			Arrays.asList("labels", "intensity"));
	}

	/** Labels and areas are counts: exact. Intensities on the intensity's scale; centroids on their own. */
	@Override
	public Tolerance tolerance() {
		return Tolerance.table(ColumnTolerance.exact("label", "area"),
			ColumnTolerance.ofInputRange("intensity", "mean", "min", "max"),
			ColumnTolerance.ofColumnMagnitude(Tolerance.DEFAULT_RELATIVE, "centroid_x", "centroid_y", "centroid_z"));
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		requireSameSize(inputs);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.noData("label");
	}

	/** Counts, sums and extremes per label add up over blocks. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.global(BlockPlan.Kind.LABEL_SUMS);
	}
}
