package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The brute-force definition of a neighbourhood, for the oracles: every
 * offset of the box within the radii, those in the shape (the ellipsoid
 * decided exactly in integers), each value read clamped to the edge, and a
 * rule applied to the list. The rules (below) are the ops' non-finite rules:
 * IEEE arithmetic, or NaN skipped as no data; on finite values they are the
 * plain definitions. Slow and plain on purpose; nothing here shares code with
 * a backend.
 */
public final class WindowOracle {

	private final List<int[]> offsets = new ArrayList<>();

	/** The box of {@code radii} (one per axis), or the ellipsoid inside it when {@code sphere}. */
	public WindowOracle(final int[] radii, final boolean sphere) {
		final int n = radii.length;
		final int[] o = new int[n];
		for (int d = 0; d < n; d++)
			o[d] = -radii[d];
		while (true) {
			if (!sphere || inEllipsoid(o, radii)) offsets.add(o.clone());
			int d = 0;
			while (d < n && o[d] == radii[d]) {
				o[d] = -radii[d];
				d++;
			}
			if (d == n) break;
			o[d]++;
		}
	}

	private static boolean inEllipsoid(final int[] o, final int[] r) {
		long num = 0;
		long den = 1;
		for (int d = 0; d < o.length; d++) {
			if (r[d] == 0) {
				if (o[d] != 0) return false;
				continue;
			}
			final long r2 = (long) r[d] * r[d];
			num = num * r2 + (long) o[d] * o[d] * den;
			den *= r2;
		}
		return num <= den;
	}

	/** out[i] = f(the neighbourhood values of pixel i). */
	public Grid apply(final Grid in, final ToDoubleFunction<double[]> f) {
		final Grid out = new Grid(in.dims);
		final double[] window = new double[offsets.size()];
		for (int i = 0; i < in.size(); i++) {
			final long[] p = in.position(i);
			for (int k = 0; k < window.length; k++)
				window[k] = in.clamped(p, offsets.get(k));
			out.values[i] = f.applyAsDouble(window);
		}
		return out;
	}

	// -- the rules --

	/** The values that are not NaN. */
	static double[] data(final double[] values) {
		return Arrays.stream(values).filter(v -> v == v).toArray();
	}

	/** No data: the IEEE sum in order of the values that are not NaN; NaN when there are none. */
	static double sumOfData(final double[] values) {
		final double[] d = data(values);
		if (d.length == 0) return Double.NaN;
		double sum = 0;
		for (final double v : d)
			sum += v;
		return sum;
	}

	/** No data: the mean of the values that are not NaN; NaN when there are none. */
	static double meanOfData(final double[] values) {
		return sumOfData(values) / data(values).length;
	}

	/** IEEE: the plain sum in order divided by the count. */
	public static double mean(final double[] values) {
		double sum = 0;
		for (final double v : values)
			sum += v;
		return sum / values.length;
	}

	/** IEEE: the population variance from its definition ((∞ − mean)² is NaN). */
	public static double variance(final double[] values) {
		final double mean = mean(values);
		double sq = 0;
		for (final double v : values)
			sq += (v - mean) * (v - mean);
		return sq / values.length;
	}

	/** No data: the upper median of the values that are not NaN. */
	public static double median(final double[] values) {
		final double[] d = data(values);
		if (d.length == 0) return Double.NaN;
		Arrays.sort(d);
		return d[d.length / 2];
	}

	/** No data: the smallest value that is not NaN. */
	public static double min(final double[] values) {
		final double[] d = data(values);
		return d.length == 0 ? Double.NaN : Arrays.stream(d).min().getAsDouble();
	}

	/** No data: the largest value that is not NaN. */
	public static double max(final double[] values) {
		final double[] d = data(values);
		return d.length == 0 ? Double.NaN : Arrays.stream(d).max().getAsDouble();
	}

	/** Mask input: foreground (255) where every value is non-zero (NaN included). */
	public static double erode(final double[] values) {
		for (final double v : values)
			if (v == 0) return 0;
		return 255;
	}

	/** Mask input: foreground (255) where any value is non-zero (NaN included). */
	public static double dilate(final double[] values) {
		for (final double v : values)
			if (v != 0) return 255;
		return 0;
	}
}
