package io.github.fijidispatch.op.math;

import java.util.List;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;

import org.scijava.plugin.Plugin;

/**
 * {@code math.divide}: {@code a / b} per pixel of two images of equal size.
 * <p>
 * Contract: computed in double precision and stored as float32, whatever the
 * input kinds. Division by zero follows IEEE 754: {@code x/0} is +∞ for
 * {@code x > 0}, −∞ for {@code x < 0} and NaN for {@code 0/0}. Tolerance: float |Δ| ≤ 1e-4 · input range (at
 * least 16 float32 ulps of the largest magnitude), integer |Δ| ≤ 1. Infinities and NaNs must be the same.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class DivideOp extends PairwiseMathOp {

	public static final String ID = "math.divide";

	public DivideOp() {
		super(ID, "Divide Images", "Divides the first image by the second, pixel by pixel, in float.");
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return inputs.get(0).withKind(PixelKind.FLOAT32);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
