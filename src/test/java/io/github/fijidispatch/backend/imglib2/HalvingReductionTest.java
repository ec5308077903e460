package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/**
 * {@link HalvingReduction} against {@link StoredOrder#reduce} on the same
 * run, for every kind, max and min: lengths around the halving's steps and
 * the pieces' bounds, the chosen value placed first, last, in an odd middle
 * and at random positions.
 */
class HalvingReductionTest {

	@Test
	void reducesAsTheDirectReduction() {
		final Random random = new Random(11);
		final int[] lengths = { 1, 2, 127, 128, 255, 256, 257, 1023, 1024, 1025, 4095, 4096, 4097, 9001 };
		for (final PixelKind kind : PixelKind.values())
			for (final boolean max : new boolean[] { true, false }) {
				final PixelArrays arrays = PixelArrays.of(kind);
				final StoredOrder order = StoredOrder.of(kind, max);
				final HalvingReduction halves = new HalvingReduction(kind, max, 9001);
				final double lo = kind.createType().getMinValue();
				final double hi = kind.createType().getMaxValue();
				final double extreme = kind.isInteger() ? (max ? hi : lo) : (max ? 3.5e6 : -3.5e6);
				for (final int n : lengths) {
					final int[] places = { 0, n - 1, n / 2, random.nextInt(n), random.nextInt(n) };
					for (final int place : places) {
						final double[] values = new double[n + 5];
						for (int i = 0; i < values.length; i++)
							values[i] = kind.isInteger() ? Math.floor(lo + random.nextDouble() * (hi - lo)) : random.nextGaussian() *
								1e5;
						values[5 + place] = extreme;
						final Object src = arrays.allocate(n + 5);
						arrays.fromDoubles(values, 0, src, 0, n + 5);
						final Object expected = arrays.allocate(1);
						final Object actual = arrays.allocate(1);
						// NB: the run starts at 5, so that the copy from the run's start is checked
						order.reduce(src, 5, n, expected, 0);
						halves.reduce(src, 5, n, actual, 0);
						final double[] e = new double[1], a = new double[1];
						arrays.toDoubles(expected, 0, e, 0, 1);
						arrays.toDoubles(actual, 0, a, 0, 1);
						assertEquals(extreme, e[0], 0, kind + " direct reduction of " + n);
						assertEquals(e[0], a[0], 0, kind + (max ? " max" : " min") + " by halves of " + n + ", the chosen at " +
							place);
					}
				}
			}
	}
}
