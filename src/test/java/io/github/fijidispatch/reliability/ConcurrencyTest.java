package io.github.fijidispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.testbackend.FakeDeviceBackend;
import io.github.fijidispatch.testbackend.LoopbackBackend;
import io.github.fijidispatch.testbackend.TestBackends;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * Eight threads make mixed calls, each in its own (nested) {@code prefer}
 * and {@code only} scopes: every result is correct, every call ran where its
 * own thread's scope sent it (checked in the trace records of that thread),
 * and everything finishes in bounded time.
 */
class ConcurrencyTest {

	private static final int THREADS = 8;
	private static final int ROUNDS = 30;
	private static final String REF = Backends.REFERENCE;

	private static Context context;
	private static DispatchService dispatch;
	private static Img<? extends RealType<?>> a;
	private static Img<? extends RealType<?>> b;
	private static final Map<String, Object> expected = new ConcurrentHashMap<>();

	@BeforeAll
	static void open() {
		TestBackends.enable();
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
		a = ConformanceImages.random(PixelKind.FLOAT32, 1, 24, 20);
		b = ConformanceImages.random(PixelKind.FLOAT32, 2, 24, 20);
		expected.put("filter.gauss", dispatch.op("filter.gauss").input(a).set("sigma", 1.2).on(REF).run());
		expected.put("math.add", dispatch.op("math.add").inputs(a, b).on(REF).run());
		expected.put("math.abs", dispatch.op("math.abs").input(a).on(REF).run());
	}

	@AfterAll
	static void close() {
		context.dispose();
		TestBackends.disable();
	}

	@Test
	void scopesStayOnTheirThreadAndResultsAreCorrect() throws Exception {
		dispatch.trace().clear();
		final Map<String, List<String>> planned = new ConcurrentHashMap<>();
		final AtomicInteger calls = new AtomicInteger();
		final CyclicBarrier start = new CyclicBarrier(THREADS);
		final AtomicInteger names = new AtomicInteger();
		final ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "dispatch-worker-" + names.incrementAndGet()));
		try {
			assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
				final List<Future<?>> futures = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					final int thread = t;
					futures.add(pool.submit(() -> {
						final List<String> mine = new ArrayList<>();
						planned.put(Thread.currentThread().getName(), mine);
						start.await();
						for (int round = 0; round < ROUNDS; round++)
							mixedCalls((thread + round) % 4, mine, calls);
						return null;
					}));
				}
				for (final Future<?> f : futures)
					f.get();
			});
		}
		finally {
			pool.shutdownNow();
			assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "worker threads did not stop");
		}
		assertTrue(calls.get() < dispatch.trace().capacity(), "the trace holds every call");
		for (final Map.Entry<String, List<String>> e : planned.entrySet()) {
			final List<String> ran = new ArrayList<>();
			for (final CallRecord r : dispatch.trace().records())
				if (r.thread().equals(e.getKey())) ran.add(r.backendId());
			assertEquals(e.getValue(), ran, "backends chosen on " + e.getKey());
		}
		System.out.printf("[reliability] concurrency: %d calls on %d threads, %d tried, %d passed%n", calls.get(), THREADS,
			calls.get(), calls.get());
	}

	/** One of four call patterns with nested scopes; notes where each call must run. */
	private static void mixedCalls(final int pattern, final List<String> plan, final AtomicInteger calls) {
		switch (pattern) {
			case 0:
				try (DispatchScope s = dispatch.prefer(LoopbackBackend.ID)) {
					call("filter.gauss", LoopbackBackend.ID, plan, calls);
				}
				break;
			case 1:
				try (DispatchScope s = dispatch.only(REF)) {
					call("filter.gauss", REF, plan, calls);
					call("math.add", REF, plan, calls);
				}
				break;
			case 2:
				try (DispatchScope s = dispatch.prefer(FakeDeviceBackend.ID)) {
					call("filter.gauss", FakeDeviceBackend.ID, plan, calls);
					try (DispatchScope inner = dispatch.only(REF)) {
						call("filter.gauss", REF, plan, calls);
					}
					call("filter.gauss", FakeDeviceBackend.ID, plan, calls);
				}
				break;
			default:
				try (DispatchScope s = dispatch.only(LoopbackBackend.ID, REF)) {
					try (DispatchScope inner = dispatch.prefer(REF)) {
						call("filter.gauss", REF, plan, calls);
					}
					call("math.abs", REF, plan, calls);
				}
		}
	}

	private static void call(final String opId, final String backendId, final List<String> plan, final AtomicInteger calls) {
		final Object result;
		switch (opId) {
			case "filter.gauss": result = dispatch.op(opId).input(a).set("sigma", 1.2).run(); break;
			case "math.add": result = dispatch.op(opId).inputs(a, b).run(); break;
			default: result = dispatch.op(opId).input(a).run();
		}
		plan.add(backendId);
		calls.incrementAndGet();
		final ResultComparison same = ResultComparison.same(dispatch.opDefinition(opId), expected.get(opId), result);
		if (!same.agrees()) throw new AssertionError(opId + " on " + Thread.currentThread().getName() + ": " + same);
	}

}
