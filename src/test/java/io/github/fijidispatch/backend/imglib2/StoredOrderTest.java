package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/**
 * {@link StoredOrder} against max / min of the values read as double, over
 * each kind's whole range (signed kinds' negatives, uint32 above 2³¹, the
 * extremes themselves), and the float rules: NaN skipped, the first of −0 and
 * +0 kept.
 */
class StoredOrderTest {

	@Test
	void foldAndReduceChooseAsTheValuesCompare() {
		for (final PixelKind kind : PixelKind.values())
			for (final boolean max : new boolean[] { true, false }) {
				final PixelArrays arrays = PixelArrays.of(kind);
				final StoredOrder order = StoredOrder.of(kind, max);
				final int n = 1000;
				final double[] a = extremesAndRandom(kind, n, 1);
				final double[] b = extremesAndRandom(kind, n, 2);
				final Object stored = arrays.allocate(n);
				final Object folded = arrays.allocate(n);
				arrays.fromDoubles(a, 0, folded, 0, n);
				arrays.fromDoubles(b, 0, stored, 0, n);
				order.fold(folded, stored, arrays.allocate(n), n);
				final double[] result = new double[n];
				arrays.toDoubles(folded, 0, result, 0, n);
				for (int i = 0; i < n; i++)
					assertEquals(max ? Math.max(a[i], b[i]) : Math.min(a[i], b[i]), result[i], 0, kind + " fold " + (max ? "max"
						: "min") + " of " + a[i] + ", " + b[i]);
				final Object one = arrays.allocate(1);
				order.reduce(stored, 0, n, one, 0);
				arrays.toDoubles(one, 0, result, 0, 1);
				double expected = b[0];
				for (final double v : b)
					expected = max ? Math.max(expected, v) : Math.min(expected, v);
				assertEquals(expected, result[0], 0, kind + " reduce " + (max ? "max" : "min"));
			}
	}

	/**
	 * Every fold length from 1 to 70 (the SIMD loops' starts and remainders), each position holding pairs of the
	 * kind's extremes, their neighbours, zero and random values, with a scratch array longer than the runs.
	 */
	@Test
	void foldChoosesAtEveryPositionOfEveryLength() {
		for (final PixelKind kind : PixelKind.values())
			for (final boolean max : new boolean[] { true, false }) {
				final PixelArrays arrays = PixelArrays.of(kind);
				final StoredOrder order = StoredOrder.of(kind, max);
				final double[] a = extremesAndRandom(kind, 70, 4);
				final double[] b = extremesAndRandom(kind, 70, 5);
				// NB: every pair of the kind's extremes, their neighbours, -1, 0 and 1 in the first 49 positions
				final double[] special = extremesAndRandom(kind, 7, 0);
				for (int i = 0; i < 49; i++) {
					a[i] = special[i / 7];
					b[i] = special[i % 7];
				}
				// NB: rounds enough for the JIT's optimised (SIMD) loops to run too, not only the interpreter's
				for (int round = 0; round < 30; round++) {
					for (int n = 1; n <= 70; n++) {
						final Object chosen = arrays.allocate(n);
						final Object run = arrays.allocate(n);
						arrays.fromDoubles(a, 0, chosen, 0, n);
						arrays.fromDoubles(b, 0, run, 0, n);
						order.fold(chosen, run, arrays.allocate(n + 5), n);
						final double[] result = new double[n];
						arrays.toDoubles(chosen, 0, result, 0, n);
						for (int i = 0; i < n; i++)
							assertEquals(max ? Math.max(a[i], b[i]) : Math.min(a[i], b[i]), result[i], 0, kind + " fold " + (max
								? "max" : "min") + " of " + n + " values, at " + i + ": " + a[i] + ", " + b[i]);
						final double[] runAfter = new double[n];
						arrays.toDoubles(run, 0, runAfter, 0, n);
						for (int i = 0; i < n; i++)
							assertEquals(b[i], runAfter[i], 0, kind + " fold leaves its run as it was");
					}
				}
			}
	}

	/** Every run length from 1 to 41 (each remainder of the running choices) with the chosen value at every position. */
	@Test
	void reduceFindsTheChosenValueAtEveryPositionOfEveryLength() {
		for (final PixelKind kind : PixelKind.values())
			for (final boolean max : new boolean[] { true, false }) {
				final PixelArrays arrays = PixelArrays.of(kind);
				final StoredOrder order = StoredOrder.of(kind, max);
				final double lo = kind.createType().getMinValue();
				final double hi = kind.createType().getMaxValue();
				final double extreme = kind.isInteger() ? (max ? hi : lo) : (max ? 3.5e6 : -3.5e6);
				final double[] runner = extremesAndRandom(kind, 48, 3);
				for (int n = 1; n <= 41; n++)
					for (int p = 0; p < n; p++) {
						final double[] values = new double[n + 2];
						// NB: the run starts at 2, so that its first value is not the array's
						values[0] = extreme;
						values[1] = extreme;
						for (int i = 0; i < n; i++)
							values[2 + i] = i == p ? extreme : clampedAway(runner[i], extreme, lo, hi, kind.isInteger());
						final Object stored = arrays.allocate(n + 2);
						arrays.fromDoubles(values, 0, stored, 0, n + 2);
						final Object one = arrays.allocate(1);
						order.reduce(stored, 2, n, one, 0);
						final double[] result = new double[1];
						arrays.toDoubles(one, 0, result, 0, 1);
						assertEquals(extreme, result[0], 0, kind + " reduce " + (max ? "max" : "min") + " of " + n +
							" values, the chosen at " + p);
					}
			}
	}

	/**
	 * {@code v}, moved one step off {@code extreme} when it equals it (a float beyond ±10⁶, the kind's extremes, to
	 * 0.5), so that only the placed value is extreme.
	 */
	private static double clampedAway(final double v, final double extreme, final double lo, final double hi,
		final boolean integer)
	{
		if (!integer) return Math.abs(v) > 1e6 ? 0.5 : v;
		if (v != extreme) return v;
		return extreme == hi ? hi - 1 : lo + 1;
	}

	@Test
	void floatResultsThatAreNaNOrZeroAreFoldedCarefully() {
		final StoredOrder max = StoredOrder.of(PixelKind.FLOAT32, true);
		final float[] out = { Float.NaN, -0f, 0f, 1f };
		assertEquals(true, max.needsCareful(out, 0));
		assertEquals(true, max.needsCareful(out, 1));
		assertEquals(true, max.needsCareful(out, 2));
		assertEquals(false, max.needsCareful(out, 3));
		assertEquals(false, StoredOrder.of(PixelKind.UINT8, true).needsCareful(new byte[1], 0));
		// NB: the first of equal values stays, NaN is skipped, and only NaN gives NaN
		assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(max.foldCarefully(new double[] { Double.NaN,
			-0.0, 0.0, Double.NaN }, 4)));
		assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(StoredOrder.of(PixelKind.FLOAT64, false)
			.foldCarefully(new double[] { 0.0, -0.0 }, 2)));
		assertEquals(Double.NaN, max.foldCarefully(new double[] { Double.NaN, Double.NaN }, 2));
		assertEquals(Double.NEGATIVE_INFINITY, max.foldCarefully(new double[] { Double.NaN, Double.NEGATIVE_INFINITY }, 2));
	}

	/** The kind's min, max, 0, ±1 where they exist, then uniform random whole values over its range. */
	private static double[] extremesAndRandom(final PixelKind kind, final int n, final long seed) {
		final double lo = kind.createType().getMinValue();
		final double hi = kind.createType().getMaxValue();
		final boolean integer = kind.isInteger();
		final double from = integer ? lo : -1e6;
		final double to = integer ? hi : 1e6;
		final double[] v = new double[n];
		final Random random = new Random(seed);
		final double[] fixed = { lo, hi, 0, Math.max(lo, -1), 1, hi - 1, lo + 1 };
		for (int i = 0; i < n; i++) {
			final double r = i < fixed.length * 2 ? fixed[(int) ((i + seed) % fixed.length)] : from + random.nextDouble() * (to -
				from);
			v[i] = integer ? Math.max(lo, Math.min(hi, Math.floor(r))) : (float) r;
		}
		return v;
	}
}
