package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import io.github.fijidispatch.op.filter.NeighbourhoodParameters;

/**
 * Brute-force definitions of the neighbourhood ops, written from the op
 * javadocs: rank and moment filters and binary morphology over the
 * {@link NeighbourhoodOracle} (every offset of the box, kept when in the
 * shape, clamped reads), the Sobel magnitude over the 3ⁿ offsets, and the
 * Gaussian as a full n-dimensional sum of the product kernel (not separable
 * passes, as the reference computes it).
 */
final class NeighbourhoodOracles {

	private NeighbourhoodOracles() {
		// NB: static holder
	}

	static FlatImage filter(final OracleCall call, final ToDoubleFunction<double[]> f) {
		final FlatImage in = call.input(0);
		final FlatImage out = call.newOutput();
		System.arraycopy(neighbourhood(call, in).apply(in.values, f), 0, out.values, 0, out.size());
		return out;
	}

	static double mean(final double[] v) {
		double s = 0;
		for (final double x : v)
			s += x;
		return s / v.length;
	}

	static double variance(final double[] v) {
		final double m = mean(v);
		double s = 0;
		for (final double x : v)
			s += (x - m) * (x - m);
		return s / v.length;
	}

	static double min(final double[] v) {
		return Arrays.stream(v).min().getAsDouble();
	}

	static double max(final double[] v) {
		return Arrays.stream(v).max().getAsDouble();
	}

	/** The upper median; NaN sorts above every number. */
	static double median(final double[] v) {
		final double[] s = v.clone();
		Arrays.sort(s);
		return s[s.length / 2];
	}

	/** {@code input − max(min(input))} with the same neighbourhood, each pass clamped. */
	static FlatImage topHat(final OracleCall call) {
		final FlatImage in = call.input(0);
		final NeighbourhoodOracle n = neighbourhood(call, in);
		final double[] open = n.apply(n.apply(in.values, NeighbourhoodOracles::min), NeighbourhoodOracles::max);
		final FlatImage out = call.newOutput();
		for (int i = 0; i < out.size(); i++)
			out.values[i] = in.values[i] - open[i];
		return out;
	}

	/** Binary morphology: erosion = every neighbour foreground, dilation = any; passes in order, 255 / 0 out. */
	static FlatImage morphology(final OracleCall call, final boolean... erodePasses) {
		final FlatImage in = call.input(0);
		final NeighbourhoodOracle n = neighbourhood(call, in);
		double[] mask = new double[in.size()];
		for (int i = 0; i < mask.length; i++)
			mask[i] = in.values[i] != 0 ? 1 : 0;
		for (final boolean erode : erodePasses)
			mask = n.apply(mask, erode ? NeighbourhoodOracles::min : NeighbourhoodOracles::max);
		final FlatImage out = call.newOutput();
		for (int i = 0; i < out.size(); i++)
			out.values[i] = mask[i] == 1 ? 255 : 0;
		return out;
	}

	/** {@code sqrt(Σ_a g_a²)}, neighbour at offset o weighted {@code o_a · Π_{b≠a} (2 − |o_b|)}. */
	static FlatImage sobel(final OracleCall call) {
		final FlatImage in = call.input(0);
		final int n = in.numDimensions();
		final FlatImage out = call.newOutput();
		final int[] q = new int[n];
		for (int i = 0; i < in.size(); i++) {
			final int[] p = in.position(i);
			double sumSquares = 0;
			for (int a = 0; a < n; a++) {
				double g = 0;
				for (int k = 0; k < (int) Math.pow(3, n); k++) {
					double w = 1;
					for (int d = 0, rest = k; d < n; d++, rest /= 3) {
						final int o = rest % 3 - 1;
						q[d] = p[d] + o;
						w *= d == a ? o : 2 - Math.abs(o);
					}
					g += w * in.clamped(q);
				}
				sumSquares += g * g;
			}
			out.values[i] = Math.sqrt(sumSquares);
		}
		return out;
	}

	/** The Gaussian of the named σ parameter, as a full n-dimensional sum. */
	static double[] gauss(final FlatImage in, final double[] sigma) {
		final int n = in.numDimensions();
		final double[][] kernels = new double[n][];
		int count = 1;
		for (int d = 0; d < n; d++) {
			kernels[d] = kernel(sigma[d]);
			count *= kernels[d].length;
		}
		final double[] out = new double[in.size()];
		final int[] q = new int[n];
		for (int i = 0; i < in.size(); i++) {
			final int[] p = in.position(i);
			double s = 0;
			for (int k = 0; k < count; k++) {
				double w = 1;
				for (int d = 0, rest = k; d < n; d++) {
					final int len = kernels[d].length;
					final int j = rest % len;
					rest /= len;
					q[d] = p[d] + j - len / 2;
					w *= kernels[d][j];
				}
				s += w * in.clamped(q);
			}
			out[i] = s;
		}
		return out;
	}

	/** Weights {@code exp(−x²/2σ²)} over {@code [−r, r]}, {@code r = ((int) (8σ) | 1) / 2}, normalised; σ = 0: identity. */
	static double[] kernel(final double sigma) {
		if (sigma == 0) return new double[] { 1 };
		final int r = ((int) (8 * sigma) | 1) / 2;
		final double[] k = new double[2 * r + 1];
		double sum = 0;
		for (int x = -r; x <= r; x++)
			sum += k[x + r] = Math.exp(-x * x / (2 * sigma * sigma));
		for (int x = 0; x < k.length; x++)
			k[x] /= sum;
		return k;
	}

	static FlatImage gauss(final OracleCall call) {
		final FlatImage in = call.input(0);
		final FlatImage out = call.newOutput();
		System.arraycopy(gauss(in, call.params.reals("sigma", in.numDimensions())), 0, out.values, 0, out.size());
		return out;
	}

	static FlatImage differenceOfGaussians(final OracleCall call) {
		final FlatImage in = call.input(0);
		final double[] a = gauss(in, call.params.reals("sigma1", in.numDimensions()));
		final double[] b = gauss(in, call.params.reals("sigma2", in.numDimensions()));
		final FlatImage out = call.newOutput();
		for (int i = 0; i < out.size(); i++)
			out.values[i] = a[i] - b[i];
		return out;
	}

	private static NeighbourhoodOracle neighbourhood(final OracleCall call, final FlatImage in) {
		return new NeighbourhoodOracle(in.dims, call.params.integers(NeighbourhoodParameters.RADIUS, in.numDimensions()),
			NeighbourhoodParameters.SPHERE.equals(call.params.choice(NeighbourhoodParameters.SHAPE)));
	}
}
