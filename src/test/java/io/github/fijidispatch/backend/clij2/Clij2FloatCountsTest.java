package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.morphology.FillHolesOp;

import org.junit.jupiter.api.Test;

/** Ops that count in float32 on the device decline images beyond 2^24 pixels, with the reason. */
class Clij2FloatCountsTest {

	private static OpCall call(final long... dims) {
		final Op op = new FillHolesOp();
		return new OpCall(op, op.resolve(Collections.<String, Object> emptyMap()), Collections.singletonList(new Object()),
			Collections.singletonList(new ImageInfo(dims, PixelKind.UINT8)));
	}

	@Test
	void exactlyTwoToThe24PixelsStillFit() {
		assertTrue(Clij2FloatCounts.fits(call(4096, 4096), "counts").isYes());
	}

	@Test
	void onePixelMoreIsDeclinedWithTheNumbers() {
		final Support s = Clij2FloatCounts.fits(call(4097, 4096), "counts the histogram");
		assertFalse(s.isYes());
		assertTrue(s.reason().contains("clij2 counts the histogram in float"), s.reason());
		assertTrue(s.reason().contains("16781312"), s.reason());
	}
}
