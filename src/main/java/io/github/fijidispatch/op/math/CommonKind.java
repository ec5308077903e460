package io.github.fijidispatch.op.math;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.type.numeric.RealType;

/**
 * The pixel kind that holds the values of two kinds: the same kind when they
 * agree; float32 when either is float32 (float64 when either is float64);
 * otherwise the narrowest integer kind whose range covers both ranges (uint8 +
 * uint16 → uint16, uint8 + int8 → int16), float64 when no integer kind does
 * (int32 + uint32).
 */
public final class CommonKind {

	/** Integer kinds from narrowest to widest. */
	private static final PixelKind[] INTEGERS = { PixelKind.UINT8, PixelKind.INT8, PixelKind.UINT16, PixelKind.INT16,
		PixelKind.INT32, PixelKind.UINT32 };

	private CommonKind() {
		// NB: static holder
	}

	public static PixelKind of(final PixelKind a, final PixelKind b) {
		if (a == b) return a;
		if (a == PixelKind.FLOAT64 || b == PixelKind.FLOAT64) return PixelKind.FLOAT64;
		if (!a.isInteger() || !b.isInteger()) return PixelKind.FLOAT32;
		for (final PixelKind k : INTEGERS)
			if (covers(k, a) && covers(k, b)) return k;
		return PixelKind.FLOAT64;
	}

	private static boolean covers(final PixelKind wide, final PixelKind narrow) {
		final RealType<?> w = wide.createType();
		final RealType<?> n = narrow.createType();
		return w.getMinValue() <= n.getMinValue() && w.getMaxValue() >= n.getMaxValue();
	}
}
