package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.label.MeasureLabelsOp;

/**
 * Per-label accumulators of {@code label.measure}: pixel count, intensity sum,
 * min and max, and coordinate sums, in arrays indexed by label that grow with
 * the largest label seen. Partial results of parallel slabs merge. A NaN
 * intensity is no data: the pixel counts in the area and the centroid, not in
 * the intensity statistics (a label of NaN intensities only has NaN mean, min
 * and max). Mutable; one per thread.
 */
final class LabelStatistics {

	/** The largest label accepted (float32 labels are exact up to here). */
	static final int MAX_LABEL = 1 << 24;

	private long[] count = new long[0];
	/** Per label: the pixels whose intensity is not NaN. */
	private long[] valued = new long[0];
	private double[] sum = new double[0];
	private double[] min = new double[0];
	private double[] max = new double[0];
	private double[][] coordinateSums = new double[3][0];

	/** Adds a pixel of label {@code label ≥ 1} with intensity {@code value} at {@code position} (up to 3 axes). */
	void add(final int label, final double value, final long[] position) {
		if (label >= count.length) grow(label + 1);
		count[label]++;
		for (int d = 0; d < position.length; d++)
			coordinateSums[d][label] += position[d];
		if (value != value) return;
		if (valued[label] == 0) {
			min[label] = value;
			max[label] = value;
		}
		else {
			if (value < min[label]) min[label] = value;
			if (value > max[label]) max[label] = value;
		}
		valued[label]++;
		sum[label] += value;
	}

	void merge(final LabelStatistics other) {
		if (other.count.length > count.length) grow(other.count.length);
		for (int k = 0; k < other.count.length; k++) {
			if (other.count[k] == 0) continue;
			if (other.valued[k] > 0 && valued[k] == 0) {
				min[k] = other.min[k];
				max[k] = other.max[k];
			}
			else if (other.valued[k] > 0) {
				min[k] = Math.min(min[k], other.min[k]);
				max[k] = Math.max(max[k], other.max[k]);
			}
			count[k] += other.count[k];
			valued[k] += other.valued[k];
			sum[k] += other.sum[k];
			for (int d = 0; d < 3; d++)
				coordinateSums[d][k] += other.coordinateSums[d][k];
		}
	}

	/** One row per label present, ordered by label, in the columns of {@link MeasureLabelsOp#COLUMNS}. */
	ResultTable table() {
		final ResultTable table = new ResultTable(MeasureLabelsOp.COLUMNS);
		for (int k = 1; k < count.length; k++) {
			final long n = count[k];
			if (n == 0) continue;
			final long v = valued[k];
			table.addRow(k, n, v == 0 ? Double.NaN : sum[k] / v, v == 0 ? Double.NaN : min[k], v == 0 ? Double.NaN : max[k], coordinateSums[0][k] / n, coordinateSums[1][k] / n,
				coordinateSums[2][k] / n);
		}
		return table;
	}

	private void grow(final int needed) {
		final int size = (int) Math.min(MAX_LABEL + 1L, Math.max(needed, 2L * count.length));
		count = Arrays.copyOf(count, size);
		valued = Arrays.copyOf(valued, size);
		sum = Arrays.copyOf(sum, size);
		min = Arrays.copyOf(min, size);
		max = Arrays.copyOf(max, size);
		for (int d = 0; d < 3; d++)
			coordinateSums[d] = Arrays.copyOf(coordinateSums[d], size);
	}
}
