package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;

import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/** The device check with a budget: too large (tileable) with the share that fits, naming the budget. */
class Clij2MemoryBudgetTest {

	private static final ImageInfo IMAGE = new ImageInfo(new long[] { 256, 256 }, PixelKind.FLOAT32);

	@Test
	void aCallBeyondTheBudgetIsTooLargeWithTheShareThatFits() {
		// NB: input, output and one float temporary: 3 × 256 KiB
		final Support s = Clij2Memory.fits(Collections.singletonList(IMAGE), IMAGE, 1, 1L << 30, 4L << 30, 256 * 1024,
			"GPU X");
		assertFalse(s.isYes());
		assertTrue(s.isTooLarge(), s.toString());
		assertEquals(1.0 / 3, s.fitFraction(), 1e-12);
		assertTrue(s.reason().contains("needs 786432 bytes"), s.reason());
		assertTrue(s.reason().contains("device budget is 262144 bytes") && s.reason().contains("FIJI_DISPATCH_DEVICE_BUDGET"),
			s.reason());
	}

	@Test
	void withinTheBudgetOrWithoutOneItFits() {
		assertTrue(Clij2Memory.fits(Collections.singletonList(IMAGE), IMAGE, 1, 1L << 30, 4L << 30, 768 * 1024, "GPU X")
			.isYes());
		assertTrue(Clij2Memory.fits(Collections.singletonList(IMAGE), IMAGE, 1, 1L << 30, 4L << 30, 0, "GPU X").isYes());
	}

	@Test
	void theDevicesOwnLimitsAreTooLargeAsWellWithTheirShare() {
		final Support alloc = Clij2Memory.fits(Collections.singletonList(IMAGE), IMAGE, 0, 64 * 1024, 4L << 30, 0, "GPU X");
		assertTrue(alloc.isTooLarge(), alloc.toString());
		assertEquals(0.25, alloc.fitFraction(), 1e-12);
		assertTrue(alloc.reason().contains("largest allocation of GPU X"), alloc.reason());
		final Support global = Clij2Memory.fits(Collections.singletonList(IMAGE), IMAGE, 2, 1L << 30, 512 * 1024, 0, "GPU X");
		assertTrue(global.isTooLarge(), global.toString());
		assertEquals(0.5, global.fitFraction(), 1e-12);
	}
}
