package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import io.github.fijidispatch.op.measure.StatsOp;
import io.github.fijidispatch.op.metrics.MseOp;
import io.github.fijidispatch.op.metrics.PsnrOp;
import io.github.fijidispatch.op.project.ProjectionOp;
import net.imglib2.type.numeric.RealType;

/**
 * The reducing ops by brute force, written from the op javadocs: image
 * statistics (two passes in double), the image-pair metrics, per-label
 * measurements and projections, each over a list of values with the
 * {@link WindowOracle} rules (NaN is no data where the op says so).
 */
final class MeasureOracle {

	private MeasureOracle() {
		// NB: static holder
	}

	/** min, max, mean, sum, population standard deviation of the values that are not NaN; their count; the NaN count. */
	static ResultTable stats(final Grid a) {
		final double[] data = WindowOracle.data(a.values);
		final double count = data.length;
		final double mean = WindowOracle.sumOfData(a.values) / count;
		double squares = 0;
		for (final double v : data)
			squares += (v - mean) * (v - mean);
		return new ResultTable(StatsOp.COLUMNS).addRow(WindowOracle.min(a.values), WindowOracle.max(a.values), mean,
			WindowOracle.sumOfData(a.values), Math.sqrt(squares / count), count, a.size() - count);
	}

	static ResultTable mse(final Grid a, final Grid b) {
		return new ResultTable(MseOp.COLUMN).addRow(meanSquaredError(a, b));
	}

	/** {@code 10 · log10(R² / mse)}, R from the reference's kind (float: its own max − min, NaN skipped). */
	static ResultTable psnr(final Grid reference, final PixelKind kind, final Grid test) {
		final double range;
		if (kind == PixelKind.UINT8) range = 255;
		else if (kind == PixelKind.UINT16) range = 65535;
		else if (kind.isInteger()) {
			final RealType<?> t = kind.createType();
			range = t.getMaxValue() - t.getMinValue();
		}
		else range = WindowOracle.max(reference.values) - WindowOracle.min(reference.values);
		return new ResultTable(PsnrOp.COLUMN).addRow(10 * Math.log10(range * range / meanSquaredError(reference, test)));
	}

	private static double meanSquaredError(final Grid a, final Grid b) {
		double sum = 0;
		for (int i = 0; i < a.size(); i++)
			sum += (a.values[i] - b.values[i]) * (a.values[i] - b.values[i]);
		return sum / a.size();
	}

	/**
	 * One row per label k ≥ 1 present, by label: area, mean/min/max of the
	 * intensities that are not NaN, unweighted centroid.
	 */
	static ResultTable measureLabels(final Grid labels, final Grid intensity) {
		final Map<Integer, List<Integer>> pixels = new TreeMap<>();
		for (int i = 0; i < labels.size(); i++)
			if (labels.values[i] >= 1) pixels.computeIfAbsent((int) labels.values[i], k -> new ArrayList<>()).add(i);
		final ResultTable table = new ResultTable(MeasureLabelsOp.COLUMNS);
		for (final Map.Entry<Integer, List<Integer>> label : pixels.entrySet()) {
			final List<Integer> where = label.getValue();
			final double area = where.size();
			final double[] v = new double[where.size()];
			final double[] centroid = new double[3];
			for (int j = 0; j < v.length; j++) {
				v[j] = intensity.values[where.get(j)];
				final long[] p = labels.position(where.get(j));
				for (int d = 0; d < p.length; d++)
					centroid[d] += p[d];
			}
			table.addRow(label.getKey(), area, WindowOracle.meanOfData(v), WindowOracle.min(v), WindowOracle.max(v),
				centroid[0] / area, centroid[1] / area, centroid[2] / area);
		}
		return table;
	}

	/** Every line along the call's axis reduced to one value, placed as {@link ProjectionOp} says. */
	static Grid project(final OracleCall call, final ToDoubleFunction<double[]> reduce) {
		final Grid in = call.input(0);
		final int axis = ProjectionOp.axis(call.params);
		final ImageInfo out = call.output;
		final Grid result = new Grid(out.dimensions());
		final int length = (int) in.dims[axis];
		for (int o = 0; o < result.size(); o++) {
			final long[] q = result.position(o);
			final long[] p = new long[in.numDimensions()];
			for (int d = 0, k = 0; d < p.length; d++)
				p[d] = d == axis ? 0 : q[in.numDimensions() == 2 ? d : k++];
			final double[] line = new double[length];
			for (int t = 0; t < length; t++) {
				p[axis] = t;
				line[t] = in.values[in.index(p)];
			}
			result.values[o] = reduce.applyAsDouble(line);
		}
		return result;
	}
}
