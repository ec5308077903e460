package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testbackend.FailingBackend;
import io.github.fijidispatch.testbackend.FakeDeviceBackend;
import io.github.fijidispatch.testbackend.LoopbackBackend;
import io.github.fijidispatch.testbackend.TestBackends;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;

/**
 * The decision cache: a call like one before it gets the same decision as if
 * planned afresh (and as {@code explain} says), a change of anything the
 * decision depends on re-plans it, and threads with different scopes never
 * see each other's decisions.
 */
class DecisionCacheTest {

	private static final String REF = Backends.REFERENCE;

	private Context context;
	private DispatchService dispatch;
	private final Img<FloatType> img = ArrayImgs.floats(6, 5);
	private final Map<String, CallRecord> lastRecordByThread = new ConcurrentHashMap<>();

	@BeforeEach
	void setUp() {
		TestBackends.enable();
		context = new Context(DispatchService.class, EventService.class);
		context.service(EventService.class).subscribe(this);
		dispatch = context.service(DispatchService.class);
		dispatch.settings().setMode(DispatchMode.PRIORITY);
		dispatch.settings().setFallback(false);
	}

	@AfterEach
	void tearDown() {
		context.dispose();
		TestBackends.disable();
	}

	private Decision explain() {
		return dispatch.op(GaussOp.ID).input(img).set("sigma", 1.0).explain();
	}

	private CallRecord run() {
		dispatch.op(GaussOp.ID).input(img).set("sigma", 1.0).run();
		return dispatch.trace().last();
	}

	private static void assertSameDecision(final Decision expected, final Decision actual, final String what) {
		assertEquals(expected.plan(), actual.plan(), what + ": plan");
		assertEquals(expected.rationale(), actual.rationale(), what + ": rationale");
		assertEquals(expected.mode(), actual.mode(), what + ": mode");
		assertEquals(describeCandidates(expected), describeCandidates(actual), what + ": candidates");
	}

	private static List<String> describeCandidates(final Decision d) {
		final List<String> out = new ArrayList<>();
		for (final Candidate c : d.candidates())
			out.add(c.backendId() + " " + c.status() + " " + c.reason());
		return out;
	}

	@Test
	void explainGivesTheDecisionOfTheRunWithAColdAndAWarmCache() {
		dispatch.settings().setPriority(Collections.singletonList(LoopbackBackend.ID));
		for (final DispatchMode mode : DispatchMode.values()) {
			dispatch.settings().setMode(mode);
			final Decision cold = explain();
			final CallRecord first = run();
			final Decision warm = explain();
			final CallRecord second = run();
			assertSameDecision(cold, first.decision(), mode + ", cold explain vs first run");
			assertSameDecision(cold, warm, mode + ", cold vs warm explain");
			assertSameDecision(warm, second.decision(), mode + ", warm explain vs run");
			assertEquals(warm.chosen(), second.backendId(), mode + ": the run ran what explain said");
		}
	}

	@Test
	void aRememberedDecisionCarriesItsOwnCall() {
		final Decision small = explain();
		final Img<FloatType> other = ArrayImgs.floats(6, 5);
		final Decision again = dispatch.op(GaussOp.ID).input(other).set("sigma", 1.0).explain();
		assertEquals(small.plan(), again.plan());
		assertTrue(again.call().contains("6x5"), again.call());
		final Decision larger = dispatch.op(GaussOp.ID).input(ArrayImgs.floats(7, 5)).set("sigma", 1.0).explain();
		assertTrue(larger.call().contains("7x5"), "another size is another shape: " + larger.call());
		assertTrue(dispatch.op(GaussOp.ID).input(img).set("sigma", 2.0).explain().call().contains("sigma=2"),
			"other parameters are another shape");
	}

	@Test
	void changingSettingsScopesOrTheCostModelReplans() {
		assertEquals(FailingBackend.ID, explain().chosen(), "plugin priority");
		dispatch.settings().setPriority(Collections.singletonList(FakeDeviceBackend.ID));
		assertEquals(FakeDeviceBackend.ID, explain().chosen(), "a new priority list is planned anew");
		try (DispatchScope s = dispatch.prefer(LoopbackBackend.ID)) {
			assertEquals(LoopbackBackend.ID, explain().chosen(), "a scope is part of the shape");
			try (DispatchScope inner = dispatch.only(REF)) {
				assertEquals(REF, explain().chosen(), "the innermost scope counts");
			}
			assertEquals(LoopbackBackend.ID, explain().chosen(), "closing the inner scope restores the outer one's decision");
		}
		assertEquals(FakeDeviceBackend.ID, explain().chosen(), "and closing the outer one the settings' decision");
		assertEquals(REF, dispatch.op(GaussOp.ID).input(img).set("sigma", 1.0).on(REF).explain().chosen(),
			"a named backend is part of the shape");

		dispatch.settings().setMode(DispatchMode.AUTO);
		dispatch.setCostModel(new Favouring(LoopbackBackend.ID, 0));
		assertEquals(LoopbackBackend.ID, explain().chosen());
		dispatch.setCostModel(new Favouring(REF, 0));
		assertEquals(REF, explain().chosen(), "a replaced cost model is planned anew");
	}

	@Test
	void aCostModelThatMovesIsAskedAgainAndOneWithoutVersionsEveryTime() {
		dispatch.settings().setMode(DispatchMode.AUTO);
		final Favouring model = new Favouring(LoopbackBackend.ID, 0);
		dispatch.setCostModel(model);
		assertEquals(LoopbackBackend.ID, explain().chosen());
		model.favour(REF, 1);
		assertEquals(REF, explain().chosen(), "a new model version is planned anew");
		model.favour(LoopbackBackend.ID, CostModel.UNVERSIONED);
		assertEquals(LoopbackBackend.ID, explain().chosen());
		model.favour(REF, CostModel.UNVERSIONED);
		assertEquals(REF, explain().chosen(), "without versions, every call is planned afresh");
	}

	@Test
	void warmDecisionsAreSharedNotRecomputed() {
		final Decision cold = explain();
		final Decision warm = dispatch.op(GaussOp.ID).input(ArrayImgs.floats(6, 5)).set("sigma", 1.0).explain();
		assertSame(cold, warm, "another image of the same size and kind gets the remembered decision as it is");
		assertEquals("filter.gauss([6x5 float32], sigma=1)", warm.call(), "with the call text every call of the shape has");
		final Decision other = dispatch.op(GaussOp.ID).input(ArrayImgs.floats(6, 5)).set("sigma", 2.0).explain();
		assertNotSame(cold, other, "another sigma is another shape");
		assertEquals("filter.gauss([6x5 float32], sigma=2)", other.call());
	}

	@Test
	void eightThreadsWithDifferentScopesEachGetTheDecisionTheirScopeImplies() throws Exception {
		dispatch.settings().setPriority(Collections.singletonList(FakeDeviceBackend.ID));
		final List<Supplier<String>> expectations = Arrays.asList(
			() -> scoped(dispatch.only(REF), REF),
			() -> scoped(dispatch.prefer(LoopbackBackend.ID), LoopbackBackend.ID),
			() -> check(FakeDeviceBackend.ID, null),
			() -> scoped(dispatch.only(LoopbackBackend.ID, REF), LoopbackBackend.ID),
			() -> scoped(dispatch.prefer(REF, LoopbackBackend.ID), REF),
			() -> check(REF, REF),
			() -> check(LoopbackBackend.ID, LoopbackBackend.ID),
			() -> {
				try (DispatchScope outer = dispatch.prefer(LoopbackBackend.ID)) {
					final String inner = scoped(dispatch.only(REF), REF);
					return inner != null ? inner : check(LoopbackBackend.ID, null);
				}
			});
		final CyclicBarrier start = new CyclicBarrier(expectations.size());
		final ExecutorService pool = Executors.newFixedThreadPool(expectations.size());
		try {
			final List<Future<String>> results = new ArrayList<>();
			for (final Supplier<String> e : expectations)
				results.add(pool.submit(() -> {
					start.await();
					for (int round = 0; round < 300; round++) {
						final String wrong = e.get();
						if (wrong != null) return "round " + round + ": " + wrong;
					}
					return null;
				}));
			assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
				for (int t = 0; t < results.size(); t++)
					assertEquals(null, results.get(t).get(), "thread " + t);
			});
		}
		finally {
			pool.shutdownNow();
			assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
		}
	}

	/** Runs {@link #check} inside {@code scope}, closing it. */
	private String scoped(final DispatchScope scope, final String expected) {
		try (DispatchScope s = scope) {
			return check(expected, null);
		}
	}

	/** One explain and one run (naming {@code named}); what went wrong, or {@code null}. */
	private String check(final String expected, final String named) {
		final Decision explained = dispatch.op(GaussOp.ID).input(img).set("sigma", 1.0).on(named).explain();
		if (!expected.equals(explained.chosen())) return "explain chose " + explained.chosen() + ", expected " + expected;
		final Object result = dispatch.op(GaussOp.ID).input(img).set("sigma", 1.0).on(named).run();
		if (result == null) return "no result";
		// NB: the thread's own last record, from the events: the shared trace is
		// bounded, so on a loaded machine the other threads can push it out.
		final CallRecord r = lastRecordByThread.get(Thread.currentThread().getName());
		if (r == null) return "no record of the call";
		return expected.equals(r.backendId()) ? null : "ran on " + r.backendId() + ", expected " + expected;
	}

	/** Keeps each thread's newest record; published on the calling thread. */
	@EventHandler
	public void onDispatch(final DispatchEvent event) {
		lastRecordByThread.put(event.record().thread(), event.record());
	}

	@Test
	void shapesOfEqualCallsAreEqualAndOthersDiffer() {
		final DispatchSettings.Snapshot s = dispatch.settings().snapshot();
		final io.github.fijidispatch.op.Op op = dispatch.opDefinition(GaussOp.ID);
		final CallShape a = shape(op, 1.0, 6, s, 0);
		assertEquals(a, shape(op, 1.0, 6, s, 0));
		assertEquals(a.hashCode(), shape(op, 1.0, 6, s, 0).hashCode());
		assertNotEquals(a, shape(op, 1.5, 6, s, 0), "parameters");
		assertNotEquals(a, shape(op, 1.0, 7, s, 0), "sizes");
		assertNotEquals(a, shape(op, 1.0, 6, s, 1), "cost version");
		dispatch.settings().setFallback(true);
		assertNotEquals(a, shape(op, 1.0, 6, dispatch.settings().snapshot(), 0), "settings");
	}

	private static CallShape shape(final io.github.fijidispatch.op.Op op, final double sigma, final long width,
		final DispatchSettings.Snapshot settings, final long costVersion)
	{
		final Img<FloatType> image = ArrayImgs.floats(width, 5);
		return new CallShape(op, op.resolve(Collections.singletonMap("sigma", sigma)),
			Collections.singletonList(io.github.fijidispatch.backend.HostImages.describe(image)), null, null, null, settings,
			costVersion);
	}

	/** A cost model that makes one backend free and every other one expensive, with a version it is told. */
	private static final class Favouring implements CostModel {

		private volatile String favourite;
		private volatile long version;

		Favouring(final String favourite, final long version) {
			favour(favourite, version);
		}

		void favour(final String backendId, final long newVersion) {
			this.favourite = backendId;
			this.version = newVersion;
		}

		@Override
		public double predictMillis(final OpCall call, final Backend backend, final long work,
			final double implementationEstimate, final long transferBytes, final boolean warm)
		{
			return backend.id().equals(favourite) ? 0 : 1000;
		}

		@Override
		public void observe(final OpCall call, final Backend backend, final long work, final long computeNanos) {
			// NB: learns nothing: the test says what it predicts.
		}

		@Override
		public long version() {
			return version;
		}
	}
}
