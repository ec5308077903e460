package io.github.fijidispatch.conformance;

import java.util.function.IntPredicate;

/**
 * The geometric transforms by their index formulas, written from the op
 * javadocs: flips, quarter turns and crops copy values (NaN and ±Inf move with
 * their pixel), scaling samples at {@code (i + 0.5) / f − 0.5}, nearest or
 * n-linear with zero outside, a corner of weight zero left out of the sum.
 */
final class TransformOracle {

	private TransformOracle() {
		// NB: static holder
	}

	static Grid flip(final Grid in, final IntPredicate flips) {
		final Grid out = new Grid(in.dims);
		for (int i = 0; i < in.size(); i++) {
			final long[] p = in.position(i);
			for (int d = 0; d < p.length; d++)
				if (flips.test(d)) p[d] = in.dims[d] - 1 - p[d];
			out.values[i] = in.values[in.index(p)];
		}
		return out;
	}

	/** {@code turns} quarter turns clockwise: output (x, y) of one turn is input (y, H − 1 − x). */
	static Grid rotate90(final Grid in, final int turns) {
		Grid g = in;
		for (int t = 0; t < turns; t++) {
			final long[] dims = g.dims.clone();
			dims[0] = g.dims[1];
			dims[1] = g.dims[0];
			final Grid out = new Grid(dims);
			for (int i = 0; i < out.size(); i++) {
				final long[] q = out.position(i);
				final long[] p = q.clone();
				p[0] = q[1];
				p[1] = g.dims[1] - 1 - q[0];
				out.values[i] = g.values[g.index(p)];
			}
			g = out;
		}
		return g;
	}

	static Grid crop(final Grid in, final int[] origin, final long[] size) {
		final Grid out = new Grid(size);
		for (int i = 0; i < out.size(); i++) {
			final long[] p = out.position(i);
			for (int d = 0; d < p.length; d++)
				p[d] += origin[d];
			out.values[i] = in.values[in.index(p)];
		}
		return out;
	}

	static Grid scale(final Grid in, final double[] factors, final long[] size, final boolean linear) {
		final Grid out = new Grid(size);
		final int n = in.numDimensions();
		for (int i = 0; i < out.size(); i++) {
			final long[] q = out.position(i);
			final double[] x = new double[n];
			for (int d = 0; d < n; d++)
				x[d] = (q[d] + 0.5) / factors[d] - 0.5;
			out.values[i] = linear ? linearSample(in, x) : nearestSample(in, x);
		}
		return out;
	}

	private static double nearestSample(final Grid in, final double[] x) {
		final long[] p = new long[x.length];
		for (int d = 0; d < x.length; d++)
			p[d] = (long) Math.floor(x[d] + 0.5);
		return in.inside(p) ? in.values[in.index(p)] : 0;
	}

	private static double linearSample(final Grid in, final double[] x) {
		final int n = x.length;
		double sum = 0;
		final long[] p = new long[n];
		for (int corner = 0; corner < 1 << n; corner++) {
			double w = 1;
			for (int d = 0; d < n; d++) {
				final long base = (long) Math.floor(x[d]);
				final double t = x[d] - base;
				final boolean upper = (corner >> d & 1) == 1;
				p[d] = upper ? base + 1 : base;
				w *= upper ? t : 1 - t;
			}
			if (w == 0) continue;
			sum += w * (in.inside(p) ? in.values[in.index(p)] : 0);
		}
		return sum;
	}
}
