package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleBinaryOperator;

import io.github.fijidispatch.op.project.ProjectionOp;
import io.github.fijidispatch.op.transform.FlipOp;

/**
 * Brute-force definitions of the geometric ops and projections, written
 * from the op javadocs: every output pixel is computed from the input
 * coordinates it is defined by.
 */
final class GeometryOracles {

	private GeometryOracles() {
		// NB: static holder
	}

	/** Pixel {@code i} of a flipped axis of length {@code n} comes from {@code n − 1 − i}. */
	static FlatImage flip(final OracleCall call) {
		final FlatImage in = call.input(0), out = call.newOutput();
		for (int i = 0; i < out.size(); i++) {
			final int[] p = out.position(i);
			for (int d = 0; d < p.length; d++)
				if (FlipOp.flips(call.params, d)) p[d] = in.dims[d] - 1 - p[d];
			out.values[i] = in.values[in.index(p)];
		}
		return out;
	}

	/** Output pixel {@code i} is input pixel {@code origin + i}. */
	static FlatImage crop(final OracleCall call) {
		final FlatImage in = call.input(0), out = call.newOutput();
		final int[] origin = call.params.integers("origin", in.numDimensions());
		for (int i = 0; i < out.size(); i++) {
			final int[] p = out.position(i);
			for (int d = 0; d < p.length; d++)
				p[d] += origin[d];
			out.values[i] = in.values[in.index(p)];
		}
		return out;
	}

	/** One clockwise quarter turn per {@code turns}: output {@code (x, y)} from input {@code (y, H − 1 − x)}. */
	static FlatImage rotate90(final OracleCall call) {
		FlatImage image = call.input(0);
		for (int t = 0; t < call.params.integer("turns"); t++) {
			final int[] dims = image.dims.clone();
			dims[0] = image.dims[1];
			dims[1] = image.dims[0];
			final FlatImage turned = FlatImage.zeros(dims, image.kind);
			for (int i = 0; i < turned.size(); i++) {
				final int[] p = turned.position(i);
				final int[] q = p.clone();
				q[0] = p[1];
				q[1] = image.dims[1] - 1 - p[0];
				turned.values[i] = image.values[image.index(q)];
			}
			image = turned;
		}
		return image;
	}

	/**
	 * Output pixel {@code i} samples {@code (i + 0.5) / f − 0.5}; nearest takes
	 * {@code floor(p + 0.5)}, linear weighs the 2ⁿ neighbours; zero outside.
	 */
	static FlatImage scale(final OracleCall call) {
		final FlatImage in = call.input(0), out = call.newOutput();
		final int n = in.numDimensions();
		final double[] f = call.params.reals("factors", n);
		final boolean nearest = "nearest".equals(call.params.choice("interpolation"));
		final double[] position = new double[n];
		final int[] q = new int[n];
		for (int i = 0; i < out.size(); i++) {
			final int[] p = out.position(i);
			for (int d = 0; d < n; d++)
				position[d] = (p[d] + 0.5) / f[d] - 0.5;
			if (nearest) {
				for (int d = 0; d < n; d++)
					q[d] = (int) Math.floor(position[d] + 0.5);
				out.values[i] = in.zeroOutside(q);
				continue;
			}
			double v = 0;
			for (int corner = 0; corner < 1 << n; corner++) {
				double w = 1;
				for (int d = 0; d < n; d++) {
					final double lower = Math.floor(position[d]);
					final boolean upper = (corner >> d & 1) == 1;
					q[d] = (int) lower + (upper ? 1 : 0);
					w *= upper ? position[d] - lower : 1 - (position[d] - lower);
				}
				if (w != 0) v += w * in.zeroOutside(q);
			}
			out.values[i] = v;
		}
		return out;
	}

	/** Reduces every line along the axis with {@code f} starting from {@code start}; NaN skipped when asked. */
	static FlatImage project(final OracleCall call, final double start, final DoubleBinaryOperator f,
		final boolean skipNaN, final boolean mean)
	{
		final FlatImage in = call.input(0), out = call.newOutput();
		final int axis = ProjectionOp.axis(call.params);
		final double[] acc = new double[out.size()];
		final int[] seen = new int[out.size()];
		java.util.Arrays.fill(acc, start);
		for (int i = 0; i < in.size(); i++) {
			final double v = in.values[i];
			if (skipNaN && Double.isNaN(v)) continue;
			final int o = out.index(projected(in.position(i), axis, in.numDimensions()));
			acc[o] = f.applyAsDouble(acc[o], v);
			seen[o]++;
		}
		for (int o = 0; o < acc.length; o++)
			out.values[o] = seen[o] == 0 ? Double.NaN : mean ? acc[o] / in.dims[axis] : acc[o];
		return out;
	}

	/** 3D: the axis removed; 2D: the axis kept with coordinate 0. */
	private static int[] projected(final int[] p, final int axis, final int n) {
		if (n == 2) {
			final int[] q = p.clone();
			q[axis] = 0;
			return q;
		}
		final int[] q = new int[n - 1];
		for (int d = 0, k = 0; d < n; d++)
			if (d != axis) q[k++] = p[d];
		return q;
	}
}
