package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scijava.Context;

/**
 * Blocks run in parallel give what they give one after the other, bit for bit (label numbers and merged tables
 * included), and what the whole image gives (as {@link BlockEngineTest} holds it); the run's bookkeeping (progress,
 * blocks per backend) counts every block once, the calling thread's dispatch scope holds on the workers, and a
 * failing block fails the run with its own error.
 */
class ParallelBlocksTest extends AbstractBlockTest {

	private static final long[][] BLOCKS_2D = { { 3 }, { 13, 31 } };
	private static final long[][] BLOCKS_3D = { { 5, 3, 2 }, { 23, 19, 7 } };

	@TestFactory
	Stream<DynamicTest> parallelEqualsSequentialEqualsWholeImageForEveryOpWithAPlan() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			tests.add(DynamicTest.dynamicTest(op.id(), () -> {
				for (final ConformanceCase c : BlockEngineTest.casesOf(op)) {
					if (new BlockEngine(dispatch).plan(BlockEngineTest.call(c)).kind() == BlockPlan.Kind.NOT_PLANNED) continue;
					final Object whole = BlockEngineTest.call(c).run();
					for (final long[] block : c.inputs().get(0).numDimensions() == 2 ? BLOCKS_2D : BLOCKS_3D) {
						final Object sequential = new BlockEngine(dispatch).threads(1).run(BlockEngineTest.call(c), block);
						final Object parallel = new BlockEngine(dispatch).threads(3).run(BlockEngineTest.call(c), block);
						final ResultComparison same = ResultComparison.compare(Tolerance.EXACT, sequential, parallel, c
							.inputScale());
						assertTrue(same.agrees(), c.name() + " by blocks of " + Arrays.toString(block) +
							", 3 threads vs 1: " + same);
						BlockEngineTest.assertAgrees(c, whole, parallel, block);
					}
				}
			}));
		}
		return tests.stream();
	}

	@Test
	void progressAndBlocksPerBackendCountEveryBlockOnceInOrder() {
		final ConformanceCase c = BlockEngineTest.casesOf(dispatch.opDefinition("filter.gauss")).get(0);
		final List<Long> done = Collections.synchronizedList(new ArrayList<>());
		final AtomicReference<BlockRunSummary> summary = new AtomicReference<>();
		@SuppressWarnings("unchecked")
		final List<BlockSource> sources = Collections.singletonList(BlockSource.of(
			(RandomAccessibleInterval<? extends RealType<?>>) (RandomAccessibleInterval<?>) c.inputs().get(0)));
		new BlockEngine(dispatch).threads(4).progress((op, d, total, eta) -> done.add((long) d)).run(dispatch.op(c.opId())
			.set(c.params()).on("imglib2"), sources, recording(summary), 4);
		final int blocks = BlockGrid.of(HostImages.describe(c.inputs().get(0)).dimensions(), new long[] { 4 }).size();
		final List<Long> expected = new ArrayList<>();
		for (long i = 1; i <= blocks; i++)
			expected.add(i);
		assertEquals(expected, done);
		assertEquals(Collections.singletonMap("imglib2", (long) blocks), summary.get().blocksByBackend());
	}

	/** A scope opened on the calling thread rules the blocks that run on worker threads. */
	@Test
	void theCallersScopeHoldsOnTheWorkers() {
		try (Context own = new Context(DispatchService.class)) {
			final DispatchService service = own.service(DispatchService.class);
			final ConformanceCase c = BlockEngineTest.casesOf(service.opDefinition("filter.gauss")).get(0);
			for (final String backend : Arrays.asList("imglib2", "clij2")) {
				if (!service.availability(service.backend(backend)).isYes()) continue;
				service.trace().clear();
				try (DispatchScope scope = service.only(backend)) {
					new BlockEngine(service).threads(3).run(service.op(c.opId()).inputs(c.inputArray()).set(c.params()), 8);
				}
				// NB: which threads ran blocks depends on timing (the calling thread computes too, and may finish a small
				// pass alone); every thread seeing the scope is checked below, on a pass of blocks that take a while
				for (final CallRecord record : service.trace().records())
					assertEquals(backend, record.backendId(), record.toString());
			}
		}
	}

	/** In an in-place pass, the calling thread and every worker see the calling thread's scope. */
	@Test
	void everyThreadOfAnInPlacePassSeesTheCallersScope() {
		final BlockGrid grid = BlockGrid.of(new long[] { 40, 30 }, new long[] { 4 });
		final Map<String, String> seen = new ConcurrentHashMap<>();
		try (DispatchScope scope = dispatch.only("imglib2")) {
			new BlockWorkers(3, dispatch).forEachInPlace(grid.blocks(), block -> {
				final DispatchScope current = dispatch.currentScope();
				seen.merge(Thread.currentThread().getName(), current == null ? "no scope" : (current.isOnly() ? "only " :
					"prefer ") + current.backendIds(), (a, b) -> a.equals(b) ? a : a + " then " + b);
				sleep(2);
				return null;
			});
		}
		assertTrue(seen.size() > 1, "blocks of 2 ms ran on several threads: " + seen);
		for (final Map.Entry<String, String> thread : seen.entrySet())
			assertEquals("only [imglib2]", thread.getValue(), thread.getKey());
	}

	@Test
	void aHeapTooShortForEveryThreadsBlockRunsTheBlocksOneAfterTheOtherAndStillAgrees() {
		final ConformanceCase c = BlockEngineTest.casesOf(dispatch.opDefinition("filter.gauss")).get(0);
		final Object whole = BlockEngineTest.call(c).run();
		dispatch.trace().clear();
		final Object shortHeap = new BlockEngine(dispatch).threads(3).freeHeap(() -> 1).run(BlockEngineTest.call(c), 8);
		final Set<String> threads = ConcurrentHashMap.newKeySet();
		for (final CallRecord record : dispatch.trace().records())
			threads.add(record.thread());
		assertEquals(Collections.singleton(Thread.currentThread().getName()), threads,
			"with no heap to spare, every block ran on the calling thread");
		BlockEngineTest.assertAgrees(c, whole, shortHeap, new long[] { 8 });
	}

	@Test
	void workersHandResultsOverInBlockOrder() {
		final BlockGrid grid = BlockGrid.of(new long[] { 40, 30 }, new long[] { 4 });
		final List<Integer> order = new ArrayList<>();
		new BlockWorkers(4, dispatch).forEach(grid.blocks(), block -> {
			sleep((block.index() * 7) % 5);
			return block.index();
		}, (block, index) -> {
			assertEquals(block.index(), (int) index);
			order.add(index);
		});
		for (int i = 0; i < grid.size(); i++)
			assertEquals(i, (int) order.get(i));
	}

	@Test
	void aFailingBlockFailsThePassWithItsOwnError() {
		final BlockGrid grid = BlockGrid.of(new long[] { 40, 30 }, new long[] { 4 });
		final BadInputException failure = new BadInputException("block 5 fails", "test.op", "image", "5", "any block");
		final AtomicInteger consumed = new AtomicInteger();
		final BadInputException e = assertThrows(BadInputException.class, () -> new BlockWorkers(3, dispatch).forEach(
			grid.blocks(), block -> {
				if (block.index() == 5) throw failure;
				return block.index();
			}, (block, index) -> consumed.incrementAndGet()));
		assertSame(failure, e);
		assertEquals(5, consumed.get(), "the blocks before the failing one were handed over, none after");
	}

	@Test
	void aFailureLeavesTheBlocksStillComputingToFinishUninterrupted() {
		final BlockGrid grid = BlockGrid.of(new long[] { 40, 30 }, new long[] { 4 });
		final BadInputException failure = new BadInputException("block 1 fails", "test.op", "image", "1", "any block");
		final AtomicBoolean slowFinished = new AtomicBoolean();
		final AtomicBoolean slowInterrupted = new AtomicBoolean();
		final CountDownLatch slowStarted = new CountDownLatch(1);
		assertThrows(BadInputException.class, () -> new BlockWorkers(3, dispatch).forEach(grid.blocks(), block -> {
			if (block.index() == 1) {
				awaitQuietly(slowStarted);
				throw failure;
			}
			if (block.index() == 2) {
				slowStarted.countDown();
				try {
					Thread.sleep(300);
				}
				catch (final InterruptedException e) {
					slowInterrupted.set(true);
				}
				slowFinished.set(true);
			}
			return block.index();
		}, (block, index) -> {}));
		assertTrue(slowFinished.get(), "the pass waited for the block still computing before it failed");
		assertFalse(slowInterrupted.get(), "the block still computing was not interrupted");
	}

	@Test
	void inPlaceWorkRunsEveryBlockOnceOnTheCallingThreadAndTheWorkers() {
		final BlockGrid grid = BlockGrid.of(new long[] { 40, 30 }, new long[] { 4 });
		final AtomicIntegerArray runs = new AtomicIntegerArray(grid.size());
		final Set<String> threads = ConcurrentHashMap.newKeySet();
		new BlockWorkers(3, dispatch).forEachInPlace(grid.blocks(), block -> {
			runs.incrementAndGet(block.index());
			threads.add(Thread.currentThread().getName());
			sleep(1);
			return null;
		});
		for (int i = 0; i < grid.size(); i++)
			assertEquals(1, runs.get(i), "block " + i);
		assertTrue(threads.contains(Thread.currentThread().getName()), "the calling thread computed blocks: " + threads);
		assertTrue(threads.size() > 1, "and so did workers: " + threads);
	}

	@Test
	void aFailingInPlaceBlockFailsThePassWithTheEarliestFailureOnceTheBlocksComputingAreDone() {
		final BlockGrid grid = BlockGrid.of(new long[] { 40, 30 }, new long[] { 4 });
		// NB: 80 blocks in runs of 3 (0-2, 3-5, ...): block 4 fails in the second run, block 9 in the fourth
		final BadInputException early = new BadInputException("block 4 fails", "test.op", "image", "4", "any block");
		final BadInputException late = new BadInputException("block 9 fails", "test.op", "image", "9", "any block");
		final AtomicBoolean slowFinished = new AtomicBoolean();
		final AtomicBoolean slowInterrupted = new AtomicBoolean();
		final AtomicIntegerArray runs = new AtomicIntegerArray(grid.size());
		final CountDownLatch slowStarted = new CountDownLatch(1);
		final BadInputException e = assertThrows(BadInputException.class, () -> new BlockWorkers(3, dispatch)
			.forEachInPlace(grid.blocks(), block -> {
				runs.incrementAndGet(block.index());
				if (block.index() == 0) {
					slowStarted.countDown();
					try {
						Thread.sleep(300);
					}
					catch (final InterruptedException interrupted) {
						slowInterrupted.set(true);
					}
					slowFinished.set(true);
				}
				if (block.index() == 4) {
					awaitQuietly(slowStarted);
					throw early;
				}
				if (block.index() == 9) throw late;
				return null;
			}));
		assertSame(early, e, "the earliest failing block's own failure");
		assertTrue(slowFinished.get(), "the pass waited for the block still computing before it failed");
		assertFalse(slowInterrupted.get(), "the block still computing was not interrupted");
		assertEquals(0, runs.get(5), "the rest of the failing block's run did not start");
		int started = 0;
		for (int i = 0; i < grid.size(); i++)
			started += runs.get(i);
		assertTrue(started < grid.size(), "no further runs started after the failure: " + started + " of " + grid.size());
	}

	private static void awaitQuietly(final CountDownLatch latch) {
		try {
			assertTrue(latch.await(10, TimeUnit.SECONDS), "the slow block started");
		}
		catch (final InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void threadCountsBelowOneAreRefused() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BlockEngine(dispatch)
			.threads(0));
		assertTrue(e.getMessage().contains("0"), e.getMessage());
	}

	// -- Helper methods --

	/** An output in memory that keeps the summary the run completes it with. */
	private static BlockOutput recording(final AtomicReference<BlockRunSummary> summary) {
		return (info, chunk) -> {
			final BlockSink image = BlockOutput.IN_MEMORY.open(info, chunk);
			return new BlockSink() {

				@Override
				public void write(final RandomAccessibleInterval<?> result, final Interval part, final long[] min) {
					image.write(result, part, min);
				}

				@Override
				public Object complete(final BlockRunSummary s) {
					summary.set(s);
					return image.complete(s);
				}
			};
		};
	}

	private static void sleep(final long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
