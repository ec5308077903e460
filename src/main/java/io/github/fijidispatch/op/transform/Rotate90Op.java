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
 * {@code transform.rotate90}: rotates by quarter turns in the XY plane.
 * <p>
 * Contract: {@code turns} (1..3) quarter turns clockwise as the image is shown
 * (y pointing down): 1 is ImageJ's "Rotate 90 Degrees Right", 3 its "Rotate 90
 * Degrees Left". With one or three turns the output is {@code H×W(×D)}; output
 * pixel {@code (x, y)} of one turn comes from input {@code (y, H − 1 − x)}.
 * Every z slice turns alike. The output keeps the input's kind. Tolerance:
 * exact.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class Rotate90Op extends AbstractOp {

	public static final String ID = "transform.rotate90";

	public Rotate90Op() {
		super(ID, "Rotate 90 Degrees", "Transform", "Rotates by quarter turns clockwise in the XY plane.", oneImage(),
			ParameterSpec.integer("turns").defaultValue(1).range(1, 3)
				.description("quarter turns clockwise (y pointing down)").build());
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		if (params.integer("turns") % 2 == 0) return in;
		final long[] dims = in.dimensions();
		dims[0] = in.dimension(1);
		dims[1] = in.dimension(0);
		return new ImageInfo(dims, in.kind());
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}

	/** An output block is the rotated input box turned onto it. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.indexMapping(new QuarterTurns(image.dimension(0), image.dimension(1), params.integer("turns")));
	}

	/**
	 * One clockwise turn (y down) makes output pixel {@code (x, y)} input pixel
	 * {@code (y, H − 1 − x)}; the source of a block follows turn by turn.
	 */
	private static final class QuarterTurns implements IndexMapping {

		private static final long serialVersionUID = 1L;

		private final long width;
		private final long height;
		private final int turns;

		QuarterTurns(final long width, final long height, final int turns) {
			this.width = width;
			this.height = height;
			this.turns = turns;
		}

		@Override
		public long[][] source(final long[] outMin, final long[] outMax) {
			final long[][] box = { outMin.clone(), outMax.clone() };
			// NB: undo the turns one at a time; after k of the remaining turns the image is turned (turns - k) times.
			for (int t = turns; t > 0; t--) {
				final long h = (t % 2 == 1) ? height : width;
				final long x0 = box[0][0], x1 = box[1][0], y0 = box[0][1], y1 = box[1][1];
				box[0][0] = y0;
				box[1][0] = y1;
				box[0][1] = h - 1 - x1;
				box[1][1] = h - 1 - x0;
			}
			return box;
		}
	}
}
