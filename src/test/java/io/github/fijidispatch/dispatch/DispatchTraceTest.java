package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The trace ring: bounded, oldest first, newest last; under eight writers and
 * a reader at once every record read is complete and in its place, none is
 * lost, and the ring ends holding exactly the newest records.
 */
class DispatchTraceTest {

	private static CallRecord record(final long sequence, final String thread) {
		return new CallRecord(sequence, thread, new Decision("op", "call " + sequence, DispatchMode.PRIORITY,
			Arrays.asList("b"), Collections.emptyList(), "r"), Collections.singletonList(new Attempt("b", null)), "b", 0, 0,
			0, sequence, sequence);
	}

	@Test
	void keepsTheNewestRecordsOldestFirst() {
		final DispatchTrace trace = new DispatchTrace(3);
		assertNull(trace.last());
		assertEquals(0, trace.size());
		for (int i = 1; i <= 5; i++)
			trace.add(record(i, "t"));
		assertEquals(3, trace.size());
		assertEquals(Arrays.asList(3L, 4L, 5L), sequences(trace.records()));
		assertEquals(5, trace.last().sequence());
	}

	@Test
	void lastOfFindsTheNewestRecordOfOneThreadStillInTheRing() {
		final DispatchTrace trace = new DispatchTrace(4);
		assertNull(trace.lastOf("a"));
		trace.add(record(1, "a"));
		trace.add(record(2, "b"));
		trace.add(record(3, "a"));
		trace.add(record(4, "b"));
		assertEquals(3, trace.lastOf("a").sequence());
		assertEquals(4, trace.lastOf("b").sequence());
		assertNull(trace.lastOf("c"));
		for (int i = 5; i <= 8; i++)
			trace.add(record(i, "b"));
		assertNull(trace.lastOf("a"), "a's records have left the ring");
		assertEquals(8, trace.lastOf("b").sequence());
	}

	@Test
	void clearForgetsWhatCameBefore() {
		final DispatchTrace trace = new DispatchTrace(4);
		for (int i = 1; i <= 3; i++)
			trace.add(record(i, "t"));
		trace.clear();
		assertEquals(0, trace.size());
		assertNull(trace.last());
		assertTrue(trace.records().isEmpty());
		final CallRecord next = record(4, "t");
		trace.add(next);
		assertSame(next, trace.last());
		assertEquals(Collections.singletonList(4L), sequences(trace.records()));
	}

	@Test
	void claimedPositionsNumberTheCallsInOrder() {
		final DispatchTrace trace = new DispatchTrace(2);
		assertEquals(0, trace.claim());
		assertEquals(1, trace.claim());
		assertNull(trace.last(), "claimed but not yet published: not visible");
		trace.publish(1, record(2, "t"));
		assertEquals(2, trace.last().sequence());
		assertEquals(1, trace.size(), "position 0 is still being written");
		trace.publish(0, record(1, "t"));
		assertEquals(Arrays.asList(1L, 2L), sequences(trace.records()));
	}

	@Test
	void eightWritersAndAReaderSeeCompleteRecordsInTheirPlaces() throws Exception {
		final int capacity = 64;
		final int perThread = 20_000;
		final DispatchTrace trace = new DispatchTrace(capacity);
		final ExecutorService pool = Executors.newFixedThreadPool(9);
		final CyclicBarrier start = new CyclicBarrier(9);
		final AtomicBoolean writing = new AtomicBoolean(true);
		try {
			final List<Future<?>> writers = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				final String name = "w" + t;
				writers.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						// NB: as the recorder does: the position numbers the call
						final long position = trace.claim();
						trace.publish(position, record(position + 1, name));
					}
					return null;
				}));
			}
			final Future<Integer> reader = pool.submit(() -> {
				start.await();
				int reads = 0;
				while (writing.get()) {
					final List<CallRecord> seen = trace.records();
					assertTrue(seen.size() <= capacity, "at most the capacity: " + seen.size());
					long previous = 0;
					for (final CallRecord r : seen) {
						assertTrue(r.sequence() > previous, "oldest first, each once: " + sequences(seen));
						assertTrue(r.thread().startsWith("w") && r.decision().call().equals("call " + r.sequence()) &&
							r.totalNanos() == r.sequence(), "a complete record: " + r);
						previous = r.sequence();
					}
					final CallRecord last = trace.last();
					assertTrue(last == null || last.decision().call().equals("call " + last.sequence()));
					reads++;
				}
				return reads;
			});
			for (final Future<?> w : writers)
				w.get();
			writing.set(false);
			assertTrue(reader.get() > 0);
		}
		finally {
			pool.shutdownNow();
		}
		final long total = 8L * perThread;
		final List<Long> expected = new ArrayList<>();
		for (long s = total - capacity + 1; s <= total; s++)
			expected.add(s);
		assertEquals(expected, sequences(trace.records()), "the newest records, none lost");
		assertEquals(total, trace.last().sequence());
	}

	private static List<Long> sequences(final List<CallRecord> records) {
		final List<Long> out = new ArrayList<>();
		for (final CallRecord r : records)
			out.add(r.sequence());
		return out;
	}
}
