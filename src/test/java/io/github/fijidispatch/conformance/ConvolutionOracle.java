package io.github.fijidispatch.conformance;

/**
 * Brute-force convolutions, written from the op javadocs: the Gaussian as the
 * full n-dimensional product kernel (not separable passes, as the backends
 * compute it), its weights in double, and the Sobel gradient from its weights,
 * summed in double over every neighbour of non-zero weight, clamp to edge.
 * IEEE arithmetic does the rest: a NaN or +Inf with −Inf under the kernel
 * gives NaN, an infinity of one sign gives that infinity.
 */
final class ConvolutionOracle {

	private ConvolutionOracle() {
		// NB: static holder
	}

	/** The Gaussian blur with {@code sigma[d]} per axis (the contract's normalised kernel). */
	static Grid gauss(final Grid in, final double[] sigma) {
		final int n = in.numDimensions();
		final double[][] half = new double[n][];
		final int[] radii = new int[n];
		for (int d = 0; d < n; d++) {
			half[d] = halfKernel(sigma[d]);
			radii[d] = half[d].length - 1;
		}
		final Grid out = new Grid(in.dims);
		final int[] o = new int[n];
		for (int i = 0; i < in.size(); i++) {
			final long[] p = in.position(i);
			for (int d = 0; d < n; d++)
				o[d] = -radii[d];
			double sum = 0;
			while (true) {
				double w = 1;
				for (int d = 0; d < n; d++)
					w *= half[d][Math.abs(o[d])];
				if (w != 0) sum += w * in.clamped(p, o);
				if (!next(o, radii)) break;
			}
			out.values[i] = sum;
		}
		return out;
	}

	/** The Sobel gradient magnitude: weight {@code o_a · Π_{b≠a} (2 − |o_b|)}, zero weights left out. */
	static Grid sobel(final Grid in) {
		final int n = in.numDimensions();
		final int[] radii = new int[n];
		java.util.Arrays.fill(radii, 1);
		final Grid out = new Grid(in.dims);
		final int[] o = new int[n];
		for (int i = 0; i < in.size(); i++) {
			final long[] p = in.position(i);
			final double[] g = new double[n];
			for (int d = 0; d < n; d++)
				o[d] = -1;
			while (true) {
				for (int a = 0; a < n; a++) {
					double w = o[a];
					for (int b = 0; b < n; b++)
						if (b != a) w *= 2 - Math.abs(o[b]);
					if (w != 0) g[a] += w * in.clamped(p, o);
				}
				if (!next(o, radii)) break;
			}
			double sq = 0;
			for (final double v : g)
				sq += v * v;
			out.values[i] = Math.sqrt(sq);
		}
		return out;
	}

	/**
	 * Weights {@code k[|x|] = exp(−x²/2σ²)} for {@code x} in {@code [−r, r]},
	 * {@code r = ((int) (8σ) | 1) / 2}, divided by their sum; σ = 0: the identity.
	 */
	private static double[] halfKernel(final double sigma) {
		if (sigma == 0) return new double[] { 1 };
		final int r = ((int) (8 * sigma) | 1) / 2;
		final double[] k = new double[r + 1];
		double sum = 0;
		for (int x = 0; x <= r; x++) {
			k[x] = Math.exp(-x * x / (2 * sigma * sigma));
			sum += x == 0 ? k[x] : 2 * k[x];
		}
		for (int x = 0; x <= r; x++)
			k[x] /= sum;
		return k;
	}

	/** Steps {@code o} through the box of {@code radii}; false after the last offset. */
	private static boolean next(final int[] o, final int[] radii) {
		int d = 0;
		while (d < o.length && o[d] == radii[d]) {
			o[d] = -radii[d];
			d++;
		}
		if (d == o.length) return false;
		o[d]++;
		return true;
	}
}
