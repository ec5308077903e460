package io.github.fijidispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.conformance.Checksums;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.testbackend.FaultyBackends;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scijava.Context;

/**
 * Backends that throw, return the wrong shape or pixel type, return their
 * input, or run out of memory: dispatch falls back and the caller gets the
 * reference result; a backend named on the call fails with a clear
 * {@link DispatchException}; no output of the faulty backend escapes and no
 * input changes.
 */
class FaultToleranceTest {

	private static Context context;
	private static DispatchService dispatch;
	private static final AtomicInteger tried = new AtomicInteger();
	private static final AtomicInteger passed = new AtomicInteger();

	@BeforeAll
	static void open() {
		FaultyBackends.enable();
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void close() {
		System.out.printf("[reliability] faults: %d tried, %d passed%n", tried.get(), passed.get());
		context.dispose();
		FaultyBackends.disable();
	}

	static List<Arguments> faults() {
		final List<Arguments> args = new ArrayList<>();
		for (final String id : FaultyBackends.CAUGHT_BY_DISPATCH)
			for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 })
				for (final long[] dims : new long[][] { { 20, 16 }, { 12, 10, 6 } })
					args.add(Arguments.of(id, kind, dims));
		return args;
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("faults")
	void aFaultFallsBackToTheReferenceResult(final String faultyId, final PixelKind kind, final long[] dims) {
		tried.incrementAndGet();
		final Img<? extends RealType<?>> image = ConformanceImages.random(kind, 5, dims);
		final long before = Checksums.of(image);
		final Object expected = dispatch.op("filter.gauss").input(image).set("sigma", 1.5).on(Backends.REFERENCE).run();
		final Object result;
		try (DispatchScope s = dispatch.prefer(faultyId, Backends.REFERENCE)) {
			result = dispatch.op("filter.gauss").input(image).set("sigma", 1.5).run();
		}
		final CallRecord record = dispatch.trace().last();
		assertTrue(record.fellBack(), record.toString());
		assertEquals(faultyId, record.attempts().get(0).backendId());
		assertFalse(record.attempts().get(0).succeeded());
		assertEquals(Backends.REFERENCE, record.backendId(), record.toString());
		assertNotSame(lastOutput(faultyId), result, "the faulty backend's output escaped");
		assertNotSame(image, result);
		final ResultComparison same = ResultComparison.same(dispatch.opDefinition("filter.gauss"), expected, result);
		assertTrue(same.agrees(), same.toString());
		assertEquals(before, Checksums.of(image), "the input changed");
		passed.incrementAndGet();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("faults")
	void aNamedFaultyBackendFailsLoudly(final String faultyId, final PixelKind kind, final long[] dims) {
		tried.incrementAndGet();
		final Img<? extends RealType<?>> image = ConformanceImages.random(kind, 6, dims);
		final long before = Checksums.of(image);
		final DispatchException e = assertThrows(DispatchException.class,
			() -> dispatch.op("filter.gauss").input(image).set("sigma", 1.5).on(faultyId).run());
		assertTrue(e.getMessage().startsWith("filter.gauss: backend '" + faultyId + "' was named on the call and failed: "), e.getMessage());
		assertTrue(e.getMessage().endsWith("(a named backend is never replaced)"), e.getMessage());
		assertFalse(dispatch.trace().last().succeeded());
		assertEquals(1, dispatch.trace().last().attempts().size(), "a named backend never falls back");
		assertEquals(before, Checksums.of(image), "the input changed");
		passed.incrementAndGet();
	}

	private static Object lastOutput(final String id) {
		final Object backend = dispatch.backend(id);
		try {
			return backend.getClass().getMethod("lastOutput").invoke(backend);
		}
		catch (final ReflectiveOperationException e) {
			throw new AssertionError("test backend " + id + " has no lastOutput()", e);
		}
	}
}
