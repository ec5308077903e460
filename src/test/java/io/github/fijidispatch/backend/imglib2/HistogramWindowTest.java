package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The histogram window answers every rank like a sorted list, across refills, for each integer kind it serves. */
class HistogramWindowTest {

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "UINT8", "INT8", "UINT16", "INT16" })
	void ranksMatchASortedListUnderReplacementsAndRefills(final PixelKind kind) {
		final Random random = new Random(kind.ordinal());
		final int min = (int) kind.createType().getMinValue();
		final int span = (int) kind.createType().getMaxValue() - min + 1;
		final RankWindow window = Imglib2Median.window(kind, 13);
		assertEquals(HistogramWindow.class, window.getClass());
		for (int refill = 0; refill < 5; refill++) {
			final List<Float> list = new ArrayList<>();
			// NB: a narrow pool makes duplicates; the extremes test the ends of the histogram
			final int poolBase = random.nextInt(span);
			for (int i = 0; i < 13; i++) {
				final float v = value(random, min, span, poolBase);
				window.add(v);
				list.add(v);
			}
			for (int step = 0; step < 500; step++) {
				final float leaving = list.remove(random.nextInt(list.size()));
				final float entering = value(random, min, span, poolBase);
				list.add(entering);
				window.replace(leaving, entering);
				final List<Float> sorted = new ArrayList<>(list);
				Collections.sort(sorted);
				final int rank = random.nextInt(sorted.size());
				assertEquals(sorted.get(rank), window.get(rank), 0, "refill " + refill + " step " + step + " rank " + rank);
			}
			for (final float v : list)
				window.remove(v);
		}
	}

	private static float value(final Random random, final int min, final int span, final int poolBase) {
		switch (random.nextInt(4)) {
			case 0: return min;
			case 1: return min + span - 1;
			case 2: return min + (poolBase + random.nextInt(5)) % span;
			default: return min + random.nextInt(span);
		}
	}
}
