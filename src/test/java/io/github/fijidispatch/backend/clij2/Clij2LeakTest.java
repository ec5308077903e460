package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * Many mixed calls leave nothing behind on the device: host and device
 * inputs, named and preferred backends, declines and OpenCL failures — the
 * buffers CLIJ reports return to the baseline. The OpenCL failures are
 * real ones, made by {@link FaultyClij2Gauss}.
 */
class Clij2LeakTest {

	private static final int CALLS = 500;

	private Context context;
	private DispatchService dispatch;

	@BeforeEach
	void open() {
		context = FaultyClij2Gauss.context();
		dispatch = context.service(DispatchService.class);
	}

	@AfterEach
	void close() {
		context.dispose();
	}

	@Test
	void manyMixedCallsReturnDeviceMemoryToBaseline() {
		final Clij2Backend clij2 = Clij2Assumptions.requireDevice(dispatch);
		final FaultyClij2Gauss faulty = FaultyClij2Gauss.of(dispatch);
		final Img<?> small = TestImages.random(PixelKind.UINT8, 1, 16, 12);
		final Img<?> volume = TestImages.random(PixelKind.FLOAT32, 2, 10, 8, 4);
		final Img<?> unsupported = ArrayImgs.shorts(8, 8);
		final int baseline = clij2.allocatedImageCount();
		final Random r = new Random(42);
		int declines = 0, failures = 0, fallbacks = 0;
		for (int i = 0; i < CALLS; i++) {
			final double sigma = 0.5 + r.nextInt(3);
			switch (r.nextInt(6)) {
				case 0: // host in, host out, named
					dispatch.op("filter.gauss").input(small).set("sigma", sigma).on("clij2").run();
					break;
				case 1: { // device in, device out
					final Object device = clij2.upload(volume);
					final Object out = dispatch.op("filter.gauss").input(device).set("sigma", sigma).run();
					clij2.release(out);
					clij2.release(device);
					break;
				}
				case 2: // declined: a pixel type the device does not hold
					assertThrows(DispatchException.class,
						() -> dispatch.op("filter.gauss").input(unsupported).set("sigma", sigma).on("clij2").run());
					declines++;
					break;
				case 3: // OpenCL failure with a named backend: surfaces
					faulty.failNext(1);
					assertThrows(DispatchException.class,
						() -> dispatch.op("filter.gauss").input(volume).set("sigma", sigma).on("clij2").run());
					failures++;
					break;
				case 4: // OpenCL failure, preferred backend: falls back to imglib2
					faulty.failNext(1);
					try (DispatchScope s = dispatch.prefer("clij2")) {
						dispatch.op("filter.gauss").input(small).set("sigma", sigma).run();
					}
					assertTrue(dispatch.trace().last().fellBack());
					fallbacks++;
					break;
				default: // preferred, no failure
					try (DispatchScope s = dispatch.prefer("clij2")) {
						dispatch.op("filter.gauss").input(volume).set("sigma", sigma).run();
					}
			}
		}
		assertTrue(declines > 0 && failures > 0 && fallbacks > 0, "the mix exercised declines and failures");
		assertEquals(baseline, clij2.allocatedImageCount(), "device buffers after " + CALLS + " calls:\n" +
			clij2.session().call(c -> c.reportMemory()));
	}
}
