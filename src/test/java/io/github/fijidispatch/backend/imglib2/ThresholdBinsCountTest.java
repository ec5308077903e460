package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

/**
 * The branch-free histogram of {@link ThresholdBins} (float32 read as
 * stored, other kinds as doubles, four count lanes, remainders) against the
 * documented formula applied pixel by pixel:
 * {@code bin = min(255, max(0, floor((v − min) · 256 / (max − min))))} over
 * the finite [min, max], NaN in no bin, −Inf in bin 0 and +Inf in bin 255.
 */
class ThresholdBinsCountTest {

	private static int[] oracle(final double[] v) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (final double x : v)
			if (!Double.isNaN(x) && !Double.isInfinite(x)) {
				min = Math.min(min, x);
				max = Math.max(max, x);
			}
		final int[] h = new int[256];
		for (final double x : v) {
			if (Double.isNaN(x)) continue;
			final double b = Math.floor((x - min) * (256 / (max - min)));
			h[b < 0 ? 0 : b > 255 ? 255 : (int) b]++;
		}
		return h;
	}

	@Test
	void histogramsOfEveryUncountedKindMatchThePerPixelFormula() {
		final Random random = new Random(11);
		for (final PixelKind kind : new PixelKind[] { PixelKind.FLOAT32, PixelKind.FLOAT64, PixelKind.INT32,
			PixelKind.UINT32, PixelKind.INT16 })
			for (final long[] dims : new long[][] { { 5, 3 }, { 4099, 3 }, { 257, 131 }, { 31, 29, 7 } }) {
				final int n = (int) (dims.length == 2 ? dims[0] * dims[1] : dims[0] * dims[1] * dims[2]);
				final double[] v = new double[n];
				final boolean floats = kind == PixelKind.FLOAT32 || kind == PixelKind.FLOAT64;
				for (int i = 0; i < n; i++)
					v[i] = floats ? (float) (random.nextDouble() * 1000 - 300) : random.nextInt(20000) - (kind ==
						PixelKind.UINT32 ? 0 : 10000);
				if (floats) {
					// NB: the lanes and the remainder each get a NaN; then ±Inf
					for (int k = 0; k < 4; k++)
						v[k] = Double.NaN;
					v[n - 1] = Double.NaN;
					v[random.nextInt(n)] = Double.POSITIVE_INFINITY;
					v[random.nextInt(n)] = Double.NEGATIVE_INFINITY;
				}
				check(kind, dims, v);
			}
	}

	/** Many pixels in one bin (a background) and the rest spread: the lanes add up. */
	@Test
	void aBackgroundBinCountsEveryPixel() {
		final Random random = new Random(12);
		final double[] v = new double[1000 * 37];
		for (int i = 0; i < v.length; i++)
			v[i] = random.nextInt(10) == 0 ? random.nextFloat() * 50 : 0.25;
		check(PixelKind.FLOAT32, new long[] { 1000, 37 }, v);
	}

	/** The float range read as stored: NaN in each lane and in the remainder is left out, ±Inf only by finiteOf. */
	@Test
	void floatRangesLeaveNaNOutInEveryLaneAndTheRemainder() {
		final Random random = new Random(13);
		for (final int n : new int[] { 1, 3, 4, 6, 9, 4097, 3 * 4096 + 5 })
			for (int at = 0; at < Math.min(n, 6); at++) {
				final double[] v = new double[n];
				for (int i = 0; i < n; i++)
					v[i] = (float) (random.nextDouble() * 10 - 5);
				v[at] = Double.NaN;
				v[n - 1] = n > 1 ? Double.NaN : v[n - 1];
				double min = Double.POSITIVE_INFINITY;
				double max = Double.NEGATIVE_INFINITY;
				for (final double x : v)
					if (!Double.isNaN(x)) {
						min = Math.min(min, x);
						max = Math.max(max, x);
					}
				final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { n }, v);
				final ValueRange range = ValueRange.of(img);
				final String what = "n=" + n + " NaN at " + at;
				assertEquals(n == 1 ? Double.NaN : min, range.min(), what);
				assertEquals(n == 1 ? Double.NaN : max, range.max(), what);
				if (n > 3) {
					v[(at + 1) % (n - 1)] = Double.NEGATIVE_INFINITY;
					final Img<? extends RealType<?>> inf = TestImages.of(PixelKind.FLOAT32, new long[] { n }, v);
					assertEquals(Double.NEGATIVE_INFINITY, ValueRange.of(inf).min(), what + " -Inf");
					assertTrue(ValueRange.finiteOf(inf).min() > Double.NEGATIVE_INFINITY, what + " finite");
				}
			}
	}

	private static void check(final PixelKind kind, final long[] dims, final double[] v) {
		final Img<? extends RealType<?>> img = TestImages.of(kind, dims, v);
		final ThresholdBins bins = ThresholdBins.of(img, kind);
		assertArrayEquals(oracle(TestImages.values(img)), bins.histogram(img), kind + " " + java.util.Arrays.toString(dims));
	}
}
