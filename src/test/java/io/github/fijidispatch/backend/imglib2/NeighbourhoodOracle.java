package io.github.fijidispatch.backend.imglib2;

import java.util.function.ToDoubleFunction;

/**
 * The brute-force definition of a neighbourhood filter, for tests: for every
 * pixel, loops over every offset of the box within the radii, keeps those in
 * the shape, reads the clamped pixel and hands all values to a function.
 */
final class NeighbourhoodOracle {

	private final int[] dims;
	private final int[] radii;
	private final boolean sphere;

	NeighbourhoodOracle(final int[] dims, final int[] radii, final boolean sphere) {
		this.dims = dims.clone();
		this.radii = radii.clone();
		this.sphere = sphere;
	}

	/** Whether the offset is in the shape: box, or Σ o²/r² ≤ 1 decided exactly with fractions. */
	boolean contains(final int[] offset) {
		if (!sphere) return true;
		// NB: compare Σ o_i²/r_i² with 1 as a fraction num/den, all in long
		long num = 0;
		long den = 1;
		for (int d = 0; d < offset.length; d++) {
			if (radii[d] == 0) {
				if (offset[d] != 0) return false;
				continue;
			}
			final long r2 = (long) radii[d] * radii[d];
			num = num * r2 + (long) offset[d] * offset[d] * den;
			den *= r2;
		}
		return num <= den;
	}

	/** out[i] = f(values of pixel i's neighbourhood). */
	double[] apply(final double[] in, final ToDoubleFunction<double[]> f) {
		final int n = dims.length;
		final int count = in.length;
		final double[] out = new double[count];
		final int[] p = new int[n];
		final int[] o = new int[n];
		final double[] buffer = new double[boxSize()];
		for (int i = 0; i < count; i++) {
			int rest = i;
			for (int d = 0; d < n; d++) {
				p[d] = rest % dims[d];
				rest /= dims[d];
			}
			int k = 0;
			for (int d = 0; d < n; d++)
				o[d] = -radii[d];
			while (true) {
				if (contains(o)) buffer[k++] = in[index(p, o)];
				int d = 0;
				while (d < n && o[d] == radii[d]) {
					o[d] = -radii[d];
					d++;
				}
				if (d == n) break;
				o[d]++;
			}
			out[i] = f.applyAsDouble(java.util.Arrays.copyOf(buffer, k));
		}
		return out;
	}

	private int boxSize() {
		int s = 1;
		for (final int r : radii)
			s *= 2 * r + 1;
		return s;
	}

	private int index(final int[] p, final int[] o) {
		int index = 0;
		int stride = 1;
		for (int d = 0; d < dims.length; d++) {
			index += Math.max(0, Math.min(dims[d] - 1, p[d] + o[d])) * stride;
			stride *= dims[d];
		}
		return index;
	}
}
