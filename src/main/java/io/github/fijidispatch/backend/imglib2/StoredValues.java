package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.type.numeric.RealType;

/**
 * What a pixel of a given kind stores for a value computed in double:
 * integer kinds round half up and saturate to their range (NaN becomes 0),
 * float kinds take the value as it is.
 */
public final class StoredValues {

	private StoredValues() {
		// NB: static holder
	}

	/** The mapping from computed value to stored value for pixels of this kind. */
	public static DoubleUnaryOperator forKind(final PixelKind kind) {
		if (!kind.isInteger()) return v -> v;
		final RealType<?> type = kind.createType();
		final double min = type.getMinValue();
		final double max = type.getMaxValue();
		return v -> FloatVolume.roundAndSaturate(v, min, max);
	}

	/**
	 * {@link FloatVolume#roundAndSaturate} for loops that cast the result to
	 * an integer type: the value clamped to [{@code min}, {@code max}] (whole
	 * numbers) then rounded half up, which equals rounding then clamping; NaN
	 * stays NaN, which the cast turns into 0. Cheaper: no NaN test.
	 */
	static double roundedForCast(final double v, final double min, final double max) {
		return Math.floor((v < min ? min : v > max ? max : v) + 0.5);
	}
}
