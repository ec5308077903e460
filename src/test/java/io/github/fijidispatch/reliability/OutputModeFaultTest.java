package io.github.fijidispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.conformance.Checksums;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.testbackend.HalfWritingBackend;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * A backend that fails midway through writing an output
 * ({@link HalfWritingBackend}): the next backend never sees a half-written
 * input. In place with a backend to fall back to, the failing backend works
 * beside the input (the input is overwritten only by a complete result), so
 * the call falls back and the input ends up holding the reference result;
 * on the last backend the write is direct, and a failure then says that the
 * input may be partly overwritten, and tries no other backend. Into a
 * separate output, the next backend writes every pixel again.
 */
class OutputModeFaultTest {

	private static Context context;
	private static DispatchService dispatch;

	@BeforeAll
	static void open() {
		HalfWritingBackend.enable();
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
		HalfWritingBackend.disable();
	}

	@Test
	void inPlaceFallsBackWithTheInputUntouchedByTheFailedBackend() {
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.FLOAT32 }) {
			final Img<? extends RealType<?>> image = ConformanceImages.random(kind, 3, 40, 30);
			final Object expected = reference(image);
			try (DispatchScope s = dispatch.prefer(HalfWritingBackend.ID, Backends.REFERENCE)) {
				assertSame(image, dispatch.op("math.add_scalar").input(image).set("value", 9).inPlace().run());
			}
			final CallRecord record = dispatch.trace().last();
			assertEquals(Backends.REFERENCE, record.backendId());
			assertTrue(record.fellBack(), record.attempts().toString());
			assertAgrees(expected, image);
		}
	}

	@Test
	void inPlaceOnTheLastBackendSaysTheInputMayBePartlyOverwritten() {
		final Img<? extends RealType<?>> image = ConformanceImages.random(PixelKind.FLOAT32, 3, 40, 30);
		final DispatchException e = assertThrows(DispatchException.class, () -> dispatch.op("math.add_scalar").input(image)
			.set("value", 9).on(HalfWritingBackend.ID).inPlace().run());
		assertTrue(e.getMessage().contains(HalfWritingBackend.FAULT) && e.getMessage().contains("partly overwritten"),
			e.getMessage());
	}

	@Test
	void intoAnOutputTheNextBackendWritesEveryPixelAgain() {
		final Img<? extends RealType<?>> image = ConformanceImages.random(PixelKind.UINT16, 3, 40, 30);
		final long before = Checksums.of(image);
		final Object expected = reference(image);
		final Img<? extends RealType<?>> out = ConformanceImages.random(PixelKind.UINT16, 4, 40, 30);
		try (DispatchScope s = dispatch.prefer(HalfWritingBackend.ID, Backends.REFERENCE)) {
			assertSame(out, dispatch.op("math.add_scalar").input(image).set("value", 9).into(out).run());
		}
		final String attempts = dispatch.trace().last().attempts().toString();
		assertTrue(attempts.contains(HalfWritingBackend.FAULT) && !attempts.contains("function mode"),
			"the faulty backend wrote half the output and failed: " + attempts);
		assertAgrees(expected, out);
		assertEquals(before, Checksums.of(image), "the input is unmodified");
	}

	private static Object reference(final Img<? extends RealType<?>> image) {
		return dispatch.op("math.add_scalar").input(image).set("value", 9).on(Backends.REFERENCE).run();
	}

	private static void assertAgrees(final Object expected, final Object actual) {
		final ResultComparison r = ResultComparison.same(dispatch.opDefinition("math.add_scalar"), expected, actual);
		assertTrue(r.agrees(), r.toString());
	}
}
