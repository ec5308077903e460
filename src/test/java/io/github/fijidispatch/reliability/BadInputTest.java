package io.github.fijidispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ConformanceRunner;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.Decision;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.view.Views;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scijava.Context;

/**
 * Bad and borderline input, for every op on every available backend
 * (named on the call): each call gives an {@link IllegalArgumentException}
 * naming the op, a decline with a reason, or a result of the declared size
 * and kind that agrees with the reference backend's — never another
 * exception, never a hang, never a modified input. Prints the counts of
 * calls tried and passed per category.
 */
class BadInputTest {

	private static final Duration LIMIT = Duration.ofSeconds(60);

	private static Context context;
	private static DispatchService dispatch;
	private static final Map<String, AtomicInteger[]> counts = new ConcurrentHashMap<>();
	private static final List<String> notices = new ArrayList<>();

	@BeforeAll
	static void open() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void close() {
		int tried = 0, passed = 0;
		final StringBuilder sb = new StringBuilder();
		for (final Map.Entry<String, AtomicInteger[]> e : new TreeMap<>(counts).entrySet()) {
			tried += e.getValue()[0].get();
			passed += e.getValue()[1].get();
			sb.append(String.format("  %-24s %4d tried, %4d passed%n", e.getKey(), e.getValue()[0].get(), e.getValue()[1].get()));
		}
		System.out.printf("[reliability] bad input: %d tried, %d passed%n%s", tried, passed, sb);
		for (final String n : notices)
			System.out.println("  NOTICE: " + n);
		context.dispose();
	}

	@TestFactory
	Stream<DynamicTest> badInputIsRejectedClearlyOrComputedCorrectly() {
		final List<String> backends = new ConformanceRunner(dispatch).availableBackends();
		final List<DynamicTest> tests = new ArrayList<>();
		for (final Op op : dispatch.ops())
			for (final BadCall call : BadCalls.of(op))
				for (final String b : backends)
					tests.add(DynamicTest.dynamicTest(call + " on " + b, () -> check(call, b)));
		assertTrue(tests.size() >= 200, "only " + tests.size() + " bad-input cases");
		return tests.stream();
	}

	private static void check(final BadCall call, final String backendId) {
		final AtomicInteger[] count = counts.computeIfAbsent(call.category, k -> new AtomicInteger[] { new AtomicInteger(),
			new AtomicInteger() });
		count[0].incrementAndGet();
		final long[] before = checksums(call.inputs);
		assertTimeoutPreemptively(LIMIT, () -> judge(call, backendId));
		assertEquals(toList(before), toList(checksums(call.inputs)), "an input was modified");
		count[1].incrementAndGet();
	}

	private static void judge(final BadCall call, final String backendId) {
		final Object result;
		try {
			final Decision decision = request(call, backendId).explain();
			if (!decision.isRunnable()) {
				assertFalse(call.mustReject, "validation accepted " + call);
				assertFalse(decision.candidate(backendId).reason().trim().isEmpty(), "a decline needs a reason");
				return;
			}
			result = request(call, backendId).run();
		}
		catch (final IllegalArgumentException e) {
			assertTrue(e.getMessage() != null && e.getMessage().contains(call.op.id()), "the message names the op: " + e.getMessage());
			return;
		}
		catch (final Throwable e) {
			throw new AssertionError("a " + e.getClass().getName() + " escaped from " + call + " on " + backendId + ": " + e, e);
		}
		if (call.mustReject) fail("accepted " + call + " on " + backendId);
		checkResult(call, backendId, result);
	}

	/** A result of the declared size and kind that agrees with the reference (notices only where pixels are not finite). */
	private static void checkResult(final BadCall call, final String backendId, final Object result) {
		if (call.op.outputKind() == OutputKind.IMAGE) {
			final List<ImageInfo> infos = new ArrayList<>();
			for (final Object in : call.inputs)
				infos.add(HostImages.describe((RandomAccessibleInterval<?>) in));
			assertEquals(call.op.outputInfo(infos, call.op.resolve(call.params)),
				HostImages.describe((RandomAccessibleInterval<?>) result), "the declared size and kind");
		}
		if (backendId.equals(Backends.REFERENCE)) return;
		if (!request(call, Backends.REFERENCE).explain().isRunnable()) {
			notice("no reference", call + " on " + backendId + ": not compared, the reference cannot run it");
			return;
		}
		final Object reference = request(call, Backends.REFERENCE).run();
		final ResultComparison cmp = ResultComparison.compare(call.op, call.params, reference, result,
			ConformanceImages.scale(call.op.inputNames(), call.inputs));
		if (cmp.agrees()) return;
		if (call.nonFinitePixels) {
			notice("non-finite differs", call + " on " + backendId + " differs from the reference: " + cmp);
			return;
		}
		fail(call + " on " + backendId + ": " + cmp);
	}

	private static void notice(final String kind, final String text) {
		synchronized (notices) {
			notices.add(kind + ": " + text);
		}
	}

	private static OpRequest request(final BadCall call, final String backendId) {
		return dispatch.op(call.op.id()).inputs(call.inputs.toArray()).set(call.params).on(backendId);
	}

	/** A checksum per input: pixel values of any type (their text), or the identity of a non-image. */
	private static long[] checksums(final List<Object> inputs) {
		final long[] sums = new long[inputs.size()];
		for (int i = 0; i < sums.length; i++) {
			final Object in = inputs.get(i);
			if (!(in instanceof RandomAccessibleInterval)) {
				sums[i] = System.identityHashCode(in);
				continue;
			}
			long h = 17;
			for (final Object t : Views.flatIterable((RandomAccessibleInterval<?>) in))
				h = 31 * h + t.toString().hashCode();
			sums[i] = h;
		}
		return sums;
	}

	private static List<Long> toList(final long[] a) {
		final List<Long> l = new ArrayList<>();
		for (final long v : a)
			l.add(v);
		return l;
	}
}
