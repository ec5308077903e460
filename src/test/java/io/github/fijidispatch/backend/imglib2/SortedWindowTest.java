package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The sorted window stays equal to a sorted list under random replacements, NaN and signed zeros included. */
class SortedWindowTest {

	@Test
	void replacementsKeepTheWindowSorted() {
		final Random random = new Random(1);
		final float[] pool = { -3, -0f, 0f, 1, 1, 2.5f, Float.NaN, Float.NEGATIVE_INFINITY, 7, 7, 7 };
		final SortedWindow window = new SortedWindow(9);
		final List<Float> list = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			final float v = pool[random.nextInt(pool.length)];
			window.add(v);
			list.add(v);
		}
		for (int step = 0; step < 2000; step++) {
			final float leaving = list.remove(random.nextInt(list.size()));
			final float entering = pool[random.nextInt(pool.length)];
			list.add(entering);
			window.replace(leaving, entering);
			final List<Float> sorted = new ArrayList<>(list);
			Collections.sort(sorted);
			for (int i = 0; i < sorted.size(); i++)
				assertEquals(Float.floatToIntBits(sorted.get(i)), Float.floatToIntBits(window.get(i)), "step " + step +
					" rank " + i);
		}
	}

	@Test
	void keysPreserveFloatOrder() {
		final float[] ascending = { Float.NEGATIVE_INFINITY, -1e30f, -1, -Float.MIN_VALUE, -0f, 0f, Float.MIN_VALUE, 1,
			Float.POSITIVE_INFINITY, Float.NaN };
		for (int i = 1; i < ascending.length; i++)
			assertEquals(true, SortedWindow.key(ascending[i - 1]) < SortedWindow.key(ascending[i]), "at " + i);
		for (final float v : ascending)
			assertEquals(Float.floatToIntBits(v), Float.floatToIntBits(SortedWindow.value(SortedWindow.key(v))));
	}
}
