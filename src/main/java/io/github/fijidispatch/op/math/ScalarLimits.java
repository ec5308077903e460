package io.github.fijidispatch.op.math;

import java.util.List;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.PixelKind;

/**
 * The scalar of {@code math.add_scalar} and {@code math.multiply_scalar} checked
 * against the result kind. A float32 result cannot hold a scalar beyond
 * ±{@link Float#MAX_VALUE}: such a value would turn every pixel it touches into
 * ±inf (or NaN), so it is refused as a bad parameter rather than producing an
 * image of infinities. Integer results saturate by contract and float64
 * results hold any finite value, so those pass.
 */
final class ScalarLimits {

	private ScalarLimits() {
		// NB: static holder
	}

	/**
	 * @param effect what a too large value would do, e.g. "every finite pixel becomes ±inf"
	 * @throws IllegalArgumentException naming the op, the parameter, the value and what is allowed
	 */
	static void requireStorable(final String opId, final List<ImageInfo> inputs, final Parameters params,
		final String effect)
	{
		if (inputs.get(0).kind() != PixelKind.FLOAT32) return;
		final double value = params.real("value");
		if (Math.abs(value) <= Float.MAX_VALUE) return;
		throw new IllegalArgumentException(opId + ": parameter 'value' = " + ParameterSpec.toText(value) +
			" is not allowed for a float32 image; expected a finite number in [" + ParameterSpec.toText(-(double) Float.MAX_VALUE) +
			", " + ParameterSpec.toText((double) Float.MAX_VALUE) + "] (the float32 range): beyond it " + effect);
	}
}
