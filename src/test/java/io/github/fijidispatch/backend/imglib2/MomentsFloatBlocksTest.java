package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Moments#addAll(float[], int, int)}, which reads float blocks in
 * place, gives bit for bit the moments of the same values widened to double
 * ({@link Moments#addAll(double[], int)}): finite blocks, NaN first, last and
 * inside, blocks of NaN only, ±Inf alone and together, signed zeros, and
 * blocks that start inside their array.
 */
class MomentsFloatBlocksTest {

	@Test
	void floatBlocksGiveTheMomentsOfTheirDoubles() {
		final Random random = new Random(5);
		final float nan = Float.NaN, inf = Float.POSITIVE_INFINITY;
		final float[][] specials = { {}, { nan }, { nan, nan, nan }, { inf }, { -inf, 3 }, { inf, -inf, 1 }, { -0f, 0f },
			{ 0f, -0f }, { nan, 2, 5 }, { 2, 5, nan }, { 1, nan, inf }, { 7 } };
		for (int trial = 0; trial < 60; trial++) {
			final int n = trial < specials.length ? specials[trial].length : 1 + random.nextInt(5000);
			final int from = random.nextInt(7);
			final float[] values = new float[from + n + 3];
			for (int i = 0; i < values.length; i++)
				values[i] = (float) (random.nextGaussian() * 1e3);
			if (trial < specials.length) System.arraycopy(specials[trial], 0, values, from, n);
			else if (trial % 3 == 0) values[from + random.nextInt(n)] = nan;
			final double[] doubles = new double[n];
			for (int i = 0; i < n; i++)
				doubles[i] = values[from + i];
			final Moments expected = new Moments();
			expected.addAll(doubles, n);
			final Moments ours = new Moments();
			ours.addAll(values, from, n);
			// NB: and merged into moments that already hold values
			final Moments before = new Moments();
			before.add(-12.5);
			final Moments expectedAfter = new Moments();
			expectedAfter.add(-12.5);
			expectedAfter.addAll(doubles, n);
			before.addAll(values, from, n);
			assertSame(expected, ours, "block " + trial + " of " + n);
			assertSame(expectedAfter, before, "block " + trial + " of " + n + " after a value");
		}
	}

	private static void assertSame(final Moments expected, final Moments actual, final String what) {
		assertEquals(expected.count(), actual.count(), what + ": count");
		assertEquals(expected.nanCount(), actual.nanCount(), what + ": nan_count");
		bits(expected.sum(), actual.sum(), what + ": sum");
		bits(expected.mean(), actual.mean(), what + ": mean");
		bits(expected.stddev(), actual.stddev(), what + ": stddev");
		bits(expected.min(), actual.min(), what + ": min");
		bits(expected.max(), actual.max(), what + ": max");
	}

	private static void bits(final double expected, final double actual, final String what) {
		assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what + ": " + actual +
			", expected " + expected);
	}
}
