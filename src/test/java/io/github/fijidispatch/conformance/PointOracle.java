package io.github.fijidispatch.conformance;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;

import ij.process.AutoThresholder;

/**
 * The pixel-by-pixel ops by brute force, in double: pairwise and per-pixel
 * arithmetic (IEEE does the non-finite rule), the scaled conversion and the
 * automatic threshold, whose ranges and histograms take the finite values
 * only.
 */
final class PointOracle {

	private PointOracle() {
		// NB: static holder
	}

	static Grid pairwise(final Grid a, final Grid b, final DoubleBinaryOperator f) {
		final Grid out = new Grid(a.dims);
		for (int i = 0; i < a.size(); i++)
			out.values[i] = f.applyAsDouble(a.values[i], b.values[i]);
		return out;
	}

	static Grid each(final Grid a, final DoubleUnaryOperator f) {
		final Grid out = new Grid(a.dims);
		for (int i = 0; i < a.size(); i++)
			out.values[i] = f.applyAsDouble(a.values[i]);
		return out;
	}

	/**
	 * A scaled narrowing conversion maps the finite [min, max] onto [0, top]
	 * (+Inf to top when the finite values do not span a range); the others
	 * keep the values (stored as the target kind stores them).
	 */
	static Grid convert(final Grid a, final PixelKind source, final PixelKind target, final boolean scale) {
		if (!ConvertTypeOp.scales(source, target, scale)) return each(a, x -> x);
		final double[] range = finiteRange(a);
		final double min = range[0], max = range[1];
		final double top = target.createType().getMaxValue();
		return each(a, x -> max > min ? (x - min) * top / (max - min) : x == Double.POSITIVE_INFINITY ? top : 0);
	}

	/**
	 * The contract's 256 bins (uint8: the grey value; other kinds: equal bins
	 * over the finite [min, max], NaN in none), ImageJ's method, foreground
	 * above the level.
	 */
	static Grid autoThreshold(final Grid a, final PixelKind kind, final String method) {
		final double[] range = finiteRange(a);
		final double min = range[0], max = range[1];
		if (!(max > min)) return each(a, x -> 0);
		final int bins = AutoThresholdOp.BINS;
		final DoubleToIntFunction bin = kind == PixelKind.UINT8 ? v -> (int) v : v -> {
			if (Double.isNaN(v)) return -1;
			final double b = Math.floor((v - min) * bins / (max - min));
			return b < 0 ? 0 : b >= bins ? bins - 1 : (int) b;
		};
		final int[] histogram = new int[bins];
		for (final double v : a.values) {
			final int b = bin.applyAsInt(v);
			if (b >= 0) histogram[b]++;
		}
		int occupied = 0;
		for (final int h : histogram)
			if (h > 0) occupied++;
		final int level = occupied < 2 ? -1 : new AutoThresholder().getThreshold(AutoThresholder.Method.valueOf(method),
			histogram.clone());
		return each(a, x -> level >= 0 && bin.applyAsInt(x) > level ? 255 : 0);
	}

	/** {min, max} of the finite values; {+Inf, −Inf} when there are none. */
	private static double[] finiteRange(final Grid a) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final double v : a.values)
			if (Double.isFinite(v)) {
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		return new double[] { lo, hi };
	}
}
