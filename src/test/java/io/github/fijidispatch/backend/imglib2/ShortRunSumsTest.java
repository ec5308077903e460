package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link ShortRunSums} against sums in {@code long} of the values the
 * storage means (uint16 masked, int16 as stored): runs of every length 1..70
 * (the SIMD loops' remainders), counts on both sides of a flush, the
 * extremes.
 */
class ShortRunSumsTest {

	@Test
	void sumsEqualTheValuesSummedInLong() {
		final Random random = new Random(7);
		final short[] extremes = { 0, -1, 1, Short.MIN_VALUE, Short.MAX_VALUE, (short) 0x00ff, (short) 0xff00,
			(short) 0x8001, (short) 0x7f80 };
		for (final boolean unsigned : new boolean[] { true, false })
			for (final int count : new int[] { 1, 2, 254, 255, 256, 511, 600 })
				for (final int n : new int[] { 1, 7, 16, 33, 70 }) {
					final ShortRunSums sums = new ShortRunSums(unsigned, 80);
					final int[] lanes = new int[n];
					final long[] expected = new long[n];
					final short[] src = new short[n + 3];
					for (int k = 0; k < count; k++) {
						for (int i = 0; i < src.length; i++)
							src[i] = k % 3 == 0 ? extremes[(i + k) % extremes.length] : (short) random.nextInt();
						// NB: the run starts at 3, so that its copy to index 0 is checked
						sums.add(src, 3, n, lanes);
						for (int i = 0; i < n; i++)
							expected[i] += unsigned ? src[3 + i] & 0xffff : src[3 + i];
					}
					sums.flush(lanes, n);
					for (int i = 0; i < n; i++)
						assertEquals(expected[i], lanes[i], (unsigned ? "uint16" : "int16") + " sum of " + count + " runs of " +
							n + ", at " + i);
				}
	}

	/** All extremes, as many runs as the lanes hold before a flush and one more: the lanes' bounds. */
	@Test
	void lanesHoldTheirRunsAtTheExtremes() {
		for (final boolean unsigned : new boolean[] { true, false })
			for (final short value : new short[] { Short.MIN_VALUE, Short.MAX_VALUE, -1, (short) 0xff00, 0x00ff })
				// NB: rounds enough for the JIT's optimised (SIMD) loop to run too
				for (int round = 0; round < 20; round++) {
					final int n = 64;
					final ShortRunSums sums = new ShortRunSums(unsigned, n);
					final int[] lanes = new int[n];
					final short[] src = new short[n];
					java.util.Arrays.fill(src, value);
					final int count = ShortRunSums.RUNS_PER_FLUSH + 1 + round;
					for (int k = 0; k < count; k++)
						sums.add(src, 0, n, lanes);
					sums.flush(lanes, n);
					final long each = unsigned ? value & 0xffff : value;
					for (int i = 0; i < n; i++)
						assertEquals(each * count, lanes[i], (unsigned ? "uint16 " : "int16 ") + value + " × " + count);
				}
	}
}
