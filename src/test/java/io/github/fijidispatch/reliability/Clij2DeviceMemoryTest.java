package io.github.fijidispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import io.github.fijidispatch.backend.clij2.Clij2Assumptions;
import io.github.fijidispatch.backend.clij2.Clij2Backend;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * 10,000 calls on the CLIJ2 backend with tiny images — host and device
 * inputs, one and two inputs, images and tables, declines — leave the
 * device's allocated buffers at the baseline (CLIJ's own count, as the
 * backend's leak test measures it). Skipped with a notice without an OpenCL
 * device, failed without one in CI.
 */
class Clij2DeviceMemoryTest {

	private static final int CALLS = 10_000;

	private Context context;
	private DispatchService dispatch;

	@BeforeEach
	void open() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterEach
	void close() {
		context.dispose();
	}

	@Test
	void tenThousandCallsReturnDeviceMemoryToBaseline() {
		final Clij2Backend clij2 = Clij2Assumptions.requireDevice(dispatch);
		final Img<? extends RealType<?>> a = ConformanceImages.random(PixelKind.UINT8, 1, 8, 6);
		final Img<? extends RealType<?>> b = ConformanceImages.random(PixelKind.FLOAT32, 2, 8, 6);
		final Img<? extends RealType<?>> volume = ConformanceImages.random(PixelKind.UINT16, 3, 6, 5, 3);
		final Img<?> unsupported = ArrayImgs.shorts(8, 6);
		final int baseline = clij2.allocatedImageCount();
		final int[] counts = new int[6];
		assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
			for (int i = 0; i < CALLS; i++) {
				final int kind = i % 6;
				counts[kind]++;
				switch (kind) {
					case 0:
						dispatch.op("filter.gauss").input(a).set("sigma", 1).on(Clij2Backend.ID).run();
						break;
					case 1:
						dispatch.op("math.add").inputs(a, b).on(Clij2Backend.ID).run();
						break;
					case 2: {
						final Object device = clij2.upload(volume);
						// NB: the count must see a live buffer, or the final comparison proves nothing.
						if (i == 2) assertTrue(clij2.allocatedImageCount() > baseline, "an uploaded buffer is counted");
						final Object out = dispatch.op("project.max").input(device).set("axis", "z").run();
						clij2.release(out);
						clij2.release(device);
						break;
					}
					case 3:
						dispatch.op("measure.stats").input(b).on(Clij2Backend.ID).run();
						break;
					case 4:
						assertThrows(DispatchException.class, () -> dispatch.op("filter.gauss").input(unsupported).on(Clij2Backend.ID).run());
						break;
					default:
						try (DispatchScope s = dispatch.prefer(Clij2Backend.ID)) {
							dispatch.op("threshold.value").input(volume).set("value", 2000).run();
						}
				}
			}
		});
		assertTrue(dispatch.trace().records().stream().anyMatch(r -> Clij2Backend.ID.equals(r.backendId())));
		assertEquals(baseline, clij2.allocatedImageCount(), "device buffers after " + CALLS + " calls");
		System.out.printf("[reliability] device memory: %d clij2 calls (gauss %d, add %d, device-resident projection %d, stats %d, " +
			"declines %d, preferred threshold %d), buffers %d → %d%n", CALLS, counts[0], counts[1], counts[2], counts[3], counts[4],
			counts[5], baseline, clij2.allocatedImageCount());
	}
}
