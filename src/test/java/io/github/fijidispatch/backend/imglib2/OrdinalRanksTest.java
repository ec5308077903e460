package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/**
 * The float median on ordinal ranks (a histogram window) equals, bit for
 * bit, the median of a sorted window on the values; images that cannot be
 * ranked (NaN, too many distinct values) are declined.
 */
class OrdinalRanksTest {

	private static final float[] POOL = { -3, -0f, 0f, 1, 2.5f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 7,
		Float.MIN_VALUE, -Float.MAX_VALUE, 1e-30f };

	@Test
	void medianOnRanksEqualsTheSortedWindow() {
		for (final Neighbourhood nb : new Neighbourhood[] { Neighbourhood.box(2, 1), Neighbourhood.sphere(3, 3),
			Neighbourhood.sphere(1, 2, 1) })
		{
			final FloatVolume volume = randomVolume(nb.numDimensions() == 2 ? new long[] { 37, 23 } : new long[] { 13, 11,
				7 }, 5, i -> POOL[i % POOL.length]);
			assertMatchesSortedWindow(volume, nb);
		}
	}

	@Test
	void sixteenBitRanksAreExactToo() {
		final FloatVolume volume = randomVolume(new long[] { 300, 200 }, 7, i -> i * 0.37f - 5000);
		final OrdinalRanks ranks = OrdinalRanks.of(volume.data());
		assertNotNull(ranks);
		assertEquals(16, ranks.bits());
		assertMatchesSortedWindow(volume, Neighbourhood.box(2, 2));
	}

	@Test
	void declinesNaNAndTooManyDistinctValues() {
		final FloatVolume withNaN = randomVolume(new long[] { 10, 10 }, 3, i -> POOL[i % POOL.length]);
		withNaN.data()[17] = Float.NaN;
		assertNull(OrdinalRanks.of(withNaN.data()));
		final float[] distinct = new float[OrdinalRanks.MAX_DISTINCT + 1];
		for (int i = 0; i < distinct.length; i++)
			distinct[i] = i;
		assertNull(OrdinalRanks.of(distinct));
		assertNotNull(OrdinalRanks.of(java.util.Arrays.copyOf(distinct, OrdinalRanks.MAX_DISTINCT)));
	}

	private static void assertMatchesSortedWindow(final FloatVolume volume, final Neighbourhood nb) {
		final float[] expected = Imglib2Median.sweep(volume, nb, () -> new SortedWindow(nb.size())).data();
		final float[] actual = Imglib2Median.median(volume, nb, PixelKind.FLOAT32).data();
		assertArrayEquals(bits(expected), bits(actual), nb.toString());
	}

	private static int[] bits(final float[] values) {
		final int[] bits = new int[values.length];
		for (int i = 0; i < values.length; i++)
			bits[i] = Float.floatToRawIntBits(values[i]);
		return bits;
	}

	private interface Values {

		float of(int i);
	}

	private static FloatVolume randomVolume(final long[] dims, final long seed, final Values values) {
		final FloatVolume volume = FloatVolume.zeros(dims);
		final Random random = new Random(seed);
		final float[] data = volume.data();
		final int distinct = 20000;
		for (int i = 0; i < data.length; i++)
			data[i] = values.of(random.nextInt(distinct));
		return volume;
	}
}
