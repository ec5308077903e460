package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/** OpenCL failures at run time ({@link FaultyClij2Gauss}): clean-up, untouched inputs, fallback. */
class Clij2FailureTest {

	private static Context context;
	private static DispatchService dispatch;
	private Clij2Backend clij2;
	private FaultyClij2Gauss faulty;

	@BeforeAll
	static void open() {
		context = FaultyClij2Gauss.context();
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	@BeforeEach
	void requireDevice() {
		clij2 = Clij2Assumptions.requireDevice(dispatch);
		faulty = FaultyClij2Gauss.of(dispatch);
	}

	@Test
	void openClFailureFallsBackToImglib2WithTheFailureInTheTrace() {
		final Img<FloatType> img = TestImages.random(PixelKind.FLOAT32, 3, 24, 20);
		final Img<FloatType> before = img.copy();
		final RandomAccessibleInterval<FloatType> expected = dispatch.op("filter.gauss").input(img).set("sigma", 1.5)
			.on("imglib2").runImage();
		final int baseline = clij2.allocatedImageCount();
		faulty.failNext(1);
		final RandomAccessibleInterval<FloatType> result;
		try (DispatchScope s = dispatch.prefer("clij2")) {
			result = dispatch.op("filter.gauss").input(img).set("sigma", 1.5).runImage();
		}
		final CallRecord record = dispatch.trace().last();
		assertEquals("imglib2", record.backendId());
		assertTrue(record.fellBack());
		assertEquals("clij2", record.attempts().get(0).backendId());
		assertTrue(record.attempts().get(0).failure().contains("CL_INVALID_BUFFER_SIZE"), record.attempts().get(0).failure());
		assertTrue(TestImages.samePixels(expected, result), "the fallback result is the reference result");
		assertTrue(TestImages.samePixels(before, img), "input untouched");
		assertEquals(baseline, clij2.allocatedImageCount(), "upload, output and temporaries released");
	}

	@Test
	void openClFailureOnDeviceDataSurfacesAndKeepsTheInput() {
		final Img<FloatType> img = TestImages.random(PixelKind.FLOAT32, 4, 16, 16, 8);
		final Object device = clij2.upload(img);
		try {
			final int baseline = clij2.allocatedImageCount();
			faulty.failNext(1);
			final DispatchException e = assertThrows(DispatchException.class,
				() -> dispatch.op("filter.gauss").input(device).set("sigma", 1).on("clij2").run());
			assertTrue(e.getMessage().contains("CL_INVALID_BUFFER_SIZE"), e.getMessage());
			assertFalse(dispatch.trace().last().succeeded());
			assertEquals(baseline, clij2.allocatedImageCount(), "no output or temporary left on the device");
			assertTrue(TestImages.samePixels(img, (RandomAccessibleInterval<FloatType>) clij2.download(device)), "input untouched");
			final Object again = dispatch.op("filter.gauss").input(device).set("sigma", 1).on("clij2").run();
			assertNotNull(again, "the session still works after the failure");
			clij2.release(again);
		}
		finally {
			clij2.release(device);
		}
	}
}
