package io.github.fijidispatch.op.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/** A scalar a float32 result cannot hold is refused; integer and float64 results take it. */
class ScalarLimitsTest {

	private static List<ImageInfo> image(final PixelKind kind) {
		return Collections.singletonList(new ImageInfo(new long[] { 4, 3 }, kind));
	}

	private static void check(final AbstractOp op, final PixelKind kind, final Object value) {
		op.check(image(kind), op.resolve(Collections.singletonMap("value", value)));
	}

	@Test
	void valuesBeyondFloat32AreRefusedForFloat32Images() {
		final String add = assertThrows(IllegalArgumentException.class,
			() -> check(new AddScalarOp(), PixelKind.FLOAT32, "1e308")).getMessage();
		assertEquals("math.add_scalar: parameter 'value' = 1.00000e+308 is not allowed for a float32 image; " +
			"expected a finite number in [-3.40282e+38, 3.40282e+38] (the float32 range): beyond it every finite pixel becomes ±inf",
			add);
		assertThrows(IllegalArgumentException.class, () -> check(new AddScalarOp(), PixelKind.FLOAT32, -1e39));
		assertThrows(IllegalArgumentException.class, () -> check(new MultiplyScalarOp(), PixelKind.FLOAT32, "-1e300"));
	}

	@Test
	void theFloat32RangeItselfAndOtherKindsPass() {
		check(new AddScalarOp(), PixelKind.FLOAT32, (double) Float.MAX_VALUE);
		check(new MultiplyScalarOp(), PixelKind.FLOAT32, -(double) Float.MAX_VALUE);
		check(new AddScalarOp(), PixelKind.UINT8, 1e308); // NB: saturates to 255 by contract
		check(new AddScalarOp(), PixelKind.UINT16, -1e308);
		check(new MultiplyScalarOp(), PixelKind.FLOAT64, 1e308);
	}
}
