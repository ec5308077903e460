package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;
import net.imglib2.img.Img;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

/**
 * The fast blocks of {@link Moments} ({@link Moments#addFinite}: four lanes,
 * remainders, float32 read as stored) and {@code measure.stats} over them,
 * against a brute-force oracle: one plain pass for count, sum, min and max
 * leaving NaN out, a second for the squared deviations, with NaN and ±Inf
 * placed in every lane and in the remainder.
 */
class MomentsBlockTest extends AbstractReferenceTest {

	/** min, max, mean, sum, stddev, count, nan_count of {@code v}, by the definitions. */
	private static double[] oracle(final double[] v) {
		long count = 0;
		long nan = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (final double x : v) {
			if (Double.isNaN(x)) {
				nan++;
				continue;
			}
			count++;
			sum += x;
			min = Math.min(min, x);
			max = Math.max(max, x);
		}
		if (count == 0) return new double[] { Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, nan };
		final double mean = sum / count;
		double sq = 0;
		for (final double x : v)
			if (!Double.isNaN(x)) sq += (x - mean) * (x - mean);
		final double sd = Double.isInfinite(sum) || Double.isNaN(sum) ? Double.NaN : Math.sqrt(sq / count);
		return new double[] { min, max, mean, sum, sd, count, nan };
	}

	private static void assertRow(final double[] expected, final double[] row, final String what) {
		for (int c = 0; c < expected.length; c++) {
			final double e = expected[c];
			final String where = what + " " + StatsOp.COLUMNS[c];
			if (Double.isNaN(e) || Double.isInfinite(e)) assertEquals(e, row[c], where);
			else assertEquals(e, row[c], 1e-9 * Math.max(1, Math.abs(e)), where);
		}
	}

	private static double[] randomValues(final Random random, final int n) {
		final double[] v = new double[n];
		for (int i = 0; i < n; i++)
			v[i] = (float) (random.nextGaussian() * 100 + 7);
		return v;
	}

	private static float[] asFloats(final double[] v, final int at) {
		final float[] f = new float[at + v.length + 3];
		for (int i = 0; i < v.length; i++)
			f[at + i] = (float) v[i];
		return f;
	}

	private static double[] rowOf(final Moments m) {
		return m.table().row(0);
	}

	/** Every length from 0 to 9 and around the block size: each lane count and remainder. */
	private static final int[] LENGTHS = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 17, 4095, 4096 };

	@Test
	void finiteBlocksOfEveryLengthMatchTheOracle() {
		final Random random = new Random(3);
		for (final int n : LENGTHS) {
			final double[] v = randomValues(random, n);
			final Moments d = new Moments();
			assertEquals(true, d.addFinite(v, 0, n), "finite doubles are a fast block");
			assertRow(oracle(v), rowOf(d), "doubles n=" + n);
			final Moments f = new Moments();
			assertEquals(true, f.addFinite(asFloats(v, 5), 5, n), "finite floats are a fast block");
			assertRow(oracle(v), rowOf(f), "floats from 5 n=" + n);
		}
	}

	/** A lone infinity is a value: the fast block keeps it (an infinite sum, mean ±Inf, stddev NaN). */
	@Test
	void oneSignedInfinityInAnyLaneStaysInTheFastBlock() {
		final Random random = new Random(4);
		for (final int n : new int[] { 1, 5, 9, 4096 })
			for (int at = 0; at < Math.min(n, 9); at++)
				for (final double inf : new double[] { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
					final double[] v = randomValues(random, n);
					v[at] = inf;
					final Moments f = new Moments();
					assertEquals(true, f.addFinite(asFloats(v, 0), 0, n));
					assertRow(oracle(v), rowOf(f), "n=" + n + " " + inf + " at " + at);
				}
	}

	/** NaN anywhere, or both infinities, refuse the fast block and leave it untouched; addAll counts NaN apart. */
	@Test
	void nanOrBothInfinitiesFallBackToTheCountingPath() {
		final Random random = new Random(5);
		for (final int n : new int[] { 1, 3, 4, 7, 9, 4095 })
			for (int at = 0; at < Math.min(n, 9); at++) {
				final double[] withNaN = randomValues(random, n);
				withNaN[at] = Double.NaN;
				checkFallback(withNaN, "NaN at " + at + " n=" + n);
				if (n > 1) {
					final double[] both = randomValues(random, n);
					both[at] = Double.POSITIVE_INFINITY;
					both[n - 1 - (at % n == n - 1 ? 1 : 0)] = Double.NEGATIVE_INFINITY;
					checkFallback(both, "±Inf n=" + n);
				}
			}
		final double[] allNaN = { Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN };
		checkFallback(allNaN, "all NaN");
	}

	private static void checkFallback(final double[] v, final String what) {
		final Moments f = new Moments();
		assertEquals(false, f.addFinite(asFloats(v, 2), 2, v.length), what);
		assertEquals(0, f.count(), what + ": nothing added");
		assertEquals(0, f.nanCount(), what + ": nothing added");
		final Moments d = new Moments();
		d.addAll(v.clone(), v.length);
		assertRow(oracle(v), rowOf(d), what);
	}

	/** Float images with NaN and ±Inf in some blocks, of sizes with remainders, through the op. */
	@Test
	void statsOfFloatImagesMatchTheOracleWithNonFinitePixels() {
		final Random random = new Random(6);
		for (final PixelKind kind : new PixelKind[] { PixelKind.FLOAT32, PixelKind.FLOAT64 })
			for (final long[] dims : new long[][] { { 7, 3 }, { 4097, 5 }, { 333, 251 }, { 61, 67, 19 } }) {
				final int n = (int) (dims.length == 2 ? dims[0] * dims[1] : dims[0] * dims[1] * dims[2]);
				final double[] v = randomValues(random, n);
				final Img<? extends RealType<?>> finite = TestImages.of(kind, dims, v);
				assertRow(oracle(v), dispatch.op(StatsOp.ID).input(finite).runTable().row(0), kind + " finite");
				for (int k = 0; k < 5; k++)
					v[random.nextInt(n)] = Double.NaN;
				v[random.nextInt(n)] = Double.POSITIVE_INFINITY;
				final Img<? extends RealType<?>> nonFinite = TestImages.of(kind, dims, v);
				assertRow(oracle(v), dispatch.op(StatsOp.ID).input(nonFinite).runTable().row(0), kind + " NaN, +Inf");
				v[random.nextInt(n)] = Double.NEGATIVE_INFINITY;
				final Img<? extends RealType<?>> both = TestImages.of(kind, dims, v);
				assertRow(oracle(v), dispatch.op(StatsOp.ID).input(both).runTable().row(0), kind + " NaN, ±Inf");
			}
	}

	/** The same bits on one thread, on two, and on five. */
	@Test
	void floatStatisticsAreTheSameBitsWhateverTheThreadCount() {
		final Random random = new Random(7);
		final double[] v = randomValues(random, 1500 * 1100);
		v[12345] = Double.NaN;
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 1500, 1100 }, v);
		final double[][] rows = new double[3][];
		rows[0] = Parallelization.runSingleThreaded(() -> dispatch.op(StatsOp.ID).input(img).runTable().row(0));
		rows[1] = Parallelization.runWithNumThreads(2, () -> dispatch.op(StatsOp.ID).input(img).runTable().row(0));
		rows[2] = Parallelization.runWithNumThreads(5, () -> dispatch.op(StatsOp.ID).input(img).runTable().row(0));
		for (int t = 1; t < 3; t++)
			for (int c = 0; c < StatsOp.COLUMNS.length; c++)
				assertEquals(Double.doubleToLongBits(rows[0][c]), Double.doubleToLongBits(rows[t][c]),
					StatsOp.COLUMNS[c] + (t == 1 ? " on 2 threads" : " on 5 threads"));
		final ResultTable t = dispatch.op(StatsOp.ID).input(img).runTable();
		assertRow(oracle(v), t.row(0), "default threads");
	}
}
