package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import io.github.fijidispatch.op.measure.StatsOp;
import io.github.fijidispatch.op.metrics.MseOp;
import io.github.fijidispatch.op.metrics.PsnrOp;
import net.imglib2.type.numeric.RealType;

/**
 * Brute-force definitions of the measuring and region ops, written from the
 * op javadocs: image statistics (two passes in double), the image-pair
 * metrics, per-label measurements, connected components and hole filling by
 * breadth-first flood fills.
 */
final class MeasureOracles {

	private MeasureOracles() {
		// NB: static holder
	}

	static ResultTable stats(final OracleCall call) {
		final double[] v = call.input(0).values;
		double min = Double.NaN, max = Double.NaN, sum = 0;
		int n = 0, nan = 0;
		for (final double x : v) {
			if (Double.isNaN(x)) {
				nan++;
				continue;
			}
			min = n == 0 ? x : Math.min(min, x);
			max = n == 0 ? x : Math.max(max, x);
			sum += x;
			n++;
		}
		final double mean = n == 0 ? Double.NaN : sum / n;
		double squares = 0;
		for (final double x : v)
			if (!Double.isNaN(x)) squares += (x - mean) * (x - mean);
		return new ResultTable(StatsOp.COLUMNS).addRow(min, max, mean, n == 0 ? Double.NaN : sum, Math.sqrt(squares / n), n,
			nan);
	}

	static double mse(final OracleCall call) {
		final double[] a = call.input(0).values, b = call.input(1).values;
		double s = 0;
		for (int i = 0; i < a.length; i++)
			s += (a[i] - b[i]) * (a[i] - b[i]);
		return s / a.length;
	}

	static ResultTable mseTable(final OracleCall call) {
		return new ResultTable(MseOp.COLUMN).addRow(mse(call));
	}

	/** {@code 10 · log10(R² / mse)}, R from the reference's kind (float: its own max − min). */
	static ResultTable psnr(final OracleCall call) {
		final FlatImage reference = call.input(0);
		final double range;
		if (reference.kind.isInteger()) {
			final RealType<?> t = reference.kind.createType();
			range = reference.kind == PixelKind.UINT8 ? 255 : reference.kind == PixelKind.UINT16 ? 65535 : t.getMaxValue() -
				t.getMinValue();
		}
		else {
			double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
			for (final double x : reference.values) {
				min = Math.min(min, x);
				max = Math.max(max, x);
			}
			range = max - min;
		}
		return new ResultTable(PsnrOp.COLUMN).addRow(10 * Math.log10(range * range / mse(call)));
	}

	/** One row per label k ≥ 1 present, by label: area, mean/min/max intensity, unweighted centroid. */
	static ResultTable measureLabels(final OracleCall call) {
		final FlatImage labels = call.input(0), intensity = call.input(1);
		final TreeMap<Integer, double[]> rows = new TreeMap<>();
		for (int i = 0; i < labels.size(); i++) {
			final double l = labels.values[i];
			if (!(l >= 1)) continue;
			final double v = intensity.values[i];
			final int[] p = labels.position(i);
			final double[] r = rows.computeIfAbsent((int) l, k -> new double[] { k, 0, 0, Double.POSITIVE_INFINITY,
				Double.NEGATIVE_INFINITY, 0, 0, 0 });
			r[1]++;
			r[2] += v;
			r[3] = Math.min(r[3], v);
			r[4] = Math.max(r[4], v);
			for (int d = 0; d < p.length; d++)
				r[5 + d] += p[d];
		}
		final ResultTable table = new ResultTable(MeasureLabelsOp.COLUMNS);
		for (final double[] r : rows.values()) {
			r[2] /= r[1];
			for (int d = 5; d < 8; d++)
				r[d] /= r[1];
			table.addRow(r);
		}
		return table;
	}

	/** Components of the non-zero pixels, numbered 1..N in raster order of their first pixel. */
	static FlatImage components(final OracleCall call) {
		final FlatImage in = call.input(0), out = call.newOutput();
		final boolean full = "full".equals(call.params.choice("connectivity"));
		int next = 0;
		for (int i = 0; i < in.size(); i++)
			if (in.values[i] != 0 && out.values[i] == 0) fill(in, out, i, ++next, full, true);
		return out;
	}

	/** Background reached from the border through face-connected background stays 0; every other pixel is 255. */
	static FlatImage fillHoles(final OracleCall call) {
		final FlatImage in = call.input(0);
		final FlatImage outside = FlatImage.zeros(in.dims, in.kind);
		for (int i = 0; i < in.size(); i++)
			if (in.values[i] == 0 && outside.values[i] == 0 && onBorder(in, in.position(i))) fill(in, outside, i, 1, false,
				false);
		final FlatImage out = call.newOutput();
		for (int i = 0; i < out.size(); i++)
			out.values[i] = outside.values[i] == 1 ? 0 : 255;
		return out;
	}

	private static boolean onBorder(final FlatImage image, final int[] p) {
		for (int d = 0; d < p.length; d++)
			if (p[d] == 0 || p[d] == image.dims[d] - 1) return true;
		return false;
	}

	/** Marks with {@code mark} every pixel connected to {@code seed} whose foreground-ness is {@code foreground}. */
	private static void fill(final FlatImage in, final FlatImage marks, final int seed, final int mark, final boolean full,
		final boolean foreground)
	{
		final int n = in.numDimensions();
		final Deque<Integer> queue = new ArrayDeque<>();
		marks.values[seed] = mark;
		queue.add(seed);
		while (!queue.isEmpty()) {
			final int[] p = in.position(queue.poll());
			for (int k = 0; k < (int) Math.pow(3, n); k++) {
				final int[] q = p.clone();
				int moved = 0;
				for (int d = 0, rest = k; d < n; d++, rest /= 3) {
					final int o = rest % 3 - 1;
					q[d] += o;
					moved += Math.abs(o);
				}
				if (moved == 0 || (!full && moved > 1) || !in.inside(q)) continue;
				final int j = in.index(q);
				if ((in.values[j] != 0) == foreground && marks.values[j] == 0) {
					marks.values[j] = mark;
					queue.add(j);
				}
			}
		}
	}
}
