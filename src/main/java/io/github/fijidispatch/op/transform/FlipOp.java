package io.github.fijidispatch.op.transform;

import io.github.fijidispatch.op.IndexMapping;
import io.github.fijidispatch.op.BlockPlan;
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

	/** An output block is the flipped input box mirrored onto it. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		final boolean[] flipped = new boolean[image.numDimensions()];
		for (int d = 0; d < flipped.length; d++)
			flipped[d] = flips(params, d);
		return BlockPlan.indexMapping(new Mirror(image.dimensions(), flipped));
	}

	/** Output pixel {@code p} is input pixel {@code size − 1 − p} along each flipped axis. */
	private static final class Mirror implements IndexMapping {

		private static final long serialVersionUID = 1L;

		private final long[] size;
		private final boolean[] flipped;

		Mirror(final long[] size, final boolean[] flipped) {
			this.size = size;
			this.flipped = flipped;
		}

		@Override
		public long[][] source(final long[] outMin, final long[] outMax) {
			final long[][] box = { outMin.clone(), outMax.clone() };
			for (int d = 0; d < size.length; d++) {
				if (!flipped[d]) continue;
				box[0][d] = size[d] - 1 - outMax[d];
				box[1][d] = size[d] - 1 - outMin[d];
			}
			return box;
		}
	}
}
