package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The running median equals the median of the last samples, recomputed from scratch. */
class RecentMedianTest {

	@Test
	void medianOfTheMostRecentSamplesWithDuplicatesAndIgnoredValues() {
		final RecentMedian m = new RecentMedian();
		assertTrue(Double.isNaN(m.median()));
		final Deque<Double> recent = new ArrayDeque<>();
		final Random random = new Random(3);
		for (int step = 0; step < 2000; step++) {
			final double v;
			switch (random.nextInt(6)) {
				case 0: v = -1; break; // ignored
				case 1: v = Double.NaN; break; // ignored
				case 2: v = 7; break; // duplicates
				default: v = random.nextInt(20) * 0.5;
			}
			m.add(v);
			if (v >= 0) {
				recent.addLast(v);
				if (recent.size() > RecentMedian.CAPACITY) recent.removeFirst();
			}
			if (recent.isEmpty()) continue;
			final List<Double> sorted = new ArrayList<>(recent);
			Collections.sort(sorted);
			final int n = sorted.size();
			final double expected = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
			assertEquals(expected, m.median(), 0, "step " + step);
		}
	}

	@Test
	void aSeedStandsForHalfTheRingAndItsSampleCount() {
		final RecentMedian m = new RecentMedian();
		m.seed(4, 100);
		assertEquals(4, m.median(), 0);
		assertEquals(100, m.samples());
		for (int i = 0; i < RecentMedian.CAPACITY; i++)
			m.add(10);
		assertEquals(10, m.median(), 0, "new measurements take over");
	}

	@Test
	void aMoveCountsOnlyBeyondBothTheRelativeAndTheLeastMove() {
		final RecentMedian m = new RecentMedian();
		assertTrue(m.addAndCheckMoved(100, 0.1, 50), "the first median");
		for (int i = 0; i < RecentMedian.CAPACITY; i++)
			assertFalse(m.addAndCheckMoved(140, 0.1, 50), "40 % but not more than 50");
		assertEquals(140, m.median(), 0);
		for (int i = 1; i < RecentMedian.CAPACITY / 2 + 1; i++)
			assertFalse(m.addAndCheckMoved(160, 0.1, 50), "the median is still 140 after " + i);
		assertTrue(m.addAndCheckMoved(160, 0.1, 50), "drift adds up: 60 from the last reported, once the median is 160");
		assertFalse(m.addAndCheckMoved(1000, 0.1, 0), "one sample does not move a median of nine");
	}
}
