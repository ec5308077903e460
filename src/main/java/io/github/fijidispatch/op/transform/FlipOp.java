package io.github.fijidispatch.op.transform;

import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.flip}: mirrors the image along one or more axes.
 * <p>
 * Contract: {@code axes} names the flipped axes (x, y, z or a combination;
 * default x): pixel {@code i} of a flipped axis of length {@code n} comes from
 * {@code n − 1 − i}. Flipping x is ImageJ's "Flip Horizontally", y its "Flip
 * Vertically". The output has the input's size and kind; naming z for a 2D
 * image is a bad input. Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class FlipOp extends AbstractOp {

	public static final String ID = "transform.flip";

	public FlipOp() {
		super(ID, "Flip", "Transform", "Mirrors the image along the named axes.", oneImage(),
			ParameterSpec.choice("axes", "x", "y", "z", "xy", "xz", "yz", "xyz").defaultValue("x")
				.description("the axes to mirror").build());
	}

	/** Whether a call flips axis {@code d}. */
	public static boolean flips(final Parameters params, final int d) {
		return params.choice("axes").indexOf("xyz".charAt(d)) >= 0;
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		if (in.numDimensions() < 3 && flips(params, 2)) throw new IllegalArgumentException(id() + ": parameter 'axes' = " +
			params.choice("axes") + " names z but input 'image' is " + in.sizeString() + " (2D); allowed: x, y or xy");
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
