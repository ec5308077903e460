package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link ProgressListener#atMostEvery}: the first block and the last always, the rest by the interval. */
class ThrottledProgressTest {

	private static List<Integer> reported(final long intervalMillis, final int total) {
		final List<Integer> done = new ArrayList<>();
		final ProgressListener throttled = ProgressListener.atMostEvery(intervalMillis, (op, d, t, eta) -> done.add(d));
		for (int d = 1; d <= total; d++)
			throttled.blockDone("filter.gauss", d, total, 0);
		return done;
	}

	@Test
	void aRunFasterThanTheIntervalReportsItsFirstAndLastBlock() {
		assertEquals(Arrays.asList(1, 1000), reported(60_000, 1000));
		assertEquals(Arrays.asList(1), reported(60_000, 1));
	}

	@Test
	void noIntervalReportsEveryBlock() {
		assertEquals(1000, reported(0, 1000).size());
	}

	@Test
	void aNegativeIntervalIsRefused() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgressListener
			.atMostEvery(-1, ProgressListener.NONE));
		assertEquals("progress interval -1 ms; expected 0 or more", e.getMessage());
	}

	@Test
	void theStatusBarShowsTheFirstAndTheLastBlock() {
		final List<Integer> shown = new ArrayList<>();
		final org.scijava.Context context = new org.scijava.Context(org.scijava.app.StatusService.class);
		try {
			final org.scijava.app.StatusService status = context.service(org.scijava.app.StatusService.class);
			context.service(org.scijava.event.EventService.class).subscribe(new Object() {

				@org.scijava.event.EventHandler
				public void onEvent(final org.scijava.app.event.StatusEvent e) {
					shown.add(e.getProgressValue());
				}
			});
			final StatusProgress progress = new StatusProgress(status);
			for (int d = 1; d <= 500; d++)
				progress.blockDone("filter.gauss", d, 500, 0);
		}
		finally {
			context.dispose();
		}
		// NB: how many between depends on the machine's speed (throttling itself is checked above, without a clock)
		assertEquals(1, (int) shown.get(0));
		assertEquals(500, (int) shown.get(shown.size() - 1));
	}
}
