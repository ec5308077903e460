package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/**
 * {@link RowHalving} against {@link StoredOrder#reduce} of each row, for every kind it halves, max and min: widths
 * at its bounds, odd ones (a middle kept at every halving) and powers of two; row counts of one, one short of a
 * group, a group and one more, several groups; in every other row the kind's extreme placed first, last, in the
 * middle or at random.
 */
class RowHalvingTest {

	@Test
	void reducesEveryRowAsTheDirectReduction() {
		final Random random = new Random(12);
		final int[] widths = { RowHalving.NARROWEST, 257, 300, 511, 1000, 1025, 2048, 4099, RowHalving.WIDEST };
		for (final PixelKind kind : PixelKind.values()) {
			if (!RowHalving.halves(kind)) continue;
			for (final boolean max : new boolean[] { true, false }) {
				final PixelArrays arrays = PixelArrays.of(kind);
				final StoredOrder order = StoredOrder.of(kind, max);
				final double lo = kind.createType().getMinValue();
				final double hi = kind.createType().getMaxValue();
				for (final int width : widths) {
					final RowHalving halves = new RowHalving(kind, max, width);
					final int group = Math.max(1, RowHalving.GROUP_BYTES / kind.bytesPerPixel() / (width - width / 2));
					for (final int rows : new int[] { 1, group - 1, group, group + 1, 3 * group + 2 }) {
						if (rows < 1) continue;
						final double[] values = new double[3 + rows * width];
						for (int i = 0; i < values.length; i++)
							values[i] = Math.floor(lo + random.nextDouble() * (hi - lo));
						// NB: the extreme in every other row, so that a value carried into a neighbour's result shows
						for (int r = 0; r < rows; r += 2) {
							final int[] places = { 0, width - 1, width / 2, random.nextInt(width) };
							values[3 + r * width + places[r / 2 % places.length]] = max ? hi : lo;
						}
						final Object src = arrays.allocate(values.length);
						arrays.fromDoubles(values, 0, src, 0, values.length);
						final Object expected = arrays.allocate(rows + 1);
						final Object actual = arrays.allocate(rows + 1);
						// NB: rows from 3 into outputs from 1, so that both offsets are checked
						for (int r = 0; r < rows; r++)
							order.reduce(src, 3 + r * width, width, expected, 1 + r);
						halves.reduce(src, 3, rows, actual, 1);
						final double[] e = new double[rows + 1], a = new double[rows + 1];
						arrays.toDoubles(expected, 0, e, 0, rows + 1);
						arrays.toDoubles(actual, 0, a, 0, rows + 1);
						for (int r = 1; r <= rows; r += 2)
							assertTrue(e[r] == (max ? hi : lo), "the direct reduction finds the placed value");
						assertArrayEquals(e, a, 0, kind + (max ? " max" : " min") + " of " + rows + " rows of " + width);
					}
				}
			}
		}
	}

	@Test
	void widthsAndKindsOutsideItsRangeAreRefused() {
		assertFalse(RowHalving.halves(PixelKind.FLOAT32));
		assertThrows(IllegalArgumentException.class, () -> new RowHalving(PixelKind.UINT8, true, RowHalving.NARROWEST
			- 1));
		assertThrows(IllegalArgumentException.class, () -> new RowHalving(PixelKind.UINT16, true, RowHalving.WIDEST
			+ 1));
		assertThrows(IllegalArgumentException.class, () -> new RowHalving(PixelKind.FLOAT32, true, 1024));
	}
}
