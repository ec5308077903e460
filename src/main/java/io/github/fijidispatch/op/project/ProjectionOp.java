package io.github.fijidispatch.op.project;

import io.github.fijidispatch.op.BlockPlan;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Tolerance;

/**
 * Base of the projections: every line along {@code axis} (x, y or z; default
 * z) is reduced to one value.
 * <p>
 * Output size: a 3D input loses the axis (z → X×Y, y → X×Z, x → Y×Z, the
 * remaining axes in order); a 2D input keeps the projected axis with size 1
 * (y → X×1, x → 1×Y), and projecting a 2D image along z is a bad input. The
 * output keeps the input's kind (max, min: exact) or is float32 (mean, sum:
 * accumulated in double precision).
 * </p>
 */
public abstract class ProjectionOp extends AbstractOp {

	/** The axis names, in axis order. */
	public static final String AXES = "xyz";

	private final boolean floatOutput;

	protected ProjectionOp(final String id, final String label, final String description, final boolean floatOutput) {
		super(id, label, "Projections", description, oneImage(), ParameterSpec.choice("axis", "x", "y", "z")
			.defaultValue("z").description("the axis projected away").build());
		this.floatOutput = floatOutput;
	}

	/** The index of the axis a call projects. */
	public static int axis(final Parameters params) {
		return AXES.indexOf(params.choice("axis"));
	}

	@Override
	public Tolerance tolerance() {
		return floatOutput ? Tolerance.NUMERIC : Tolerance.EXACT;
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		if (axis(params) >= in.numDimensions()) throw new IllegalArgumentException(id() + ": parameter 'axis' = " +
			params.choice("axis") + " but input 'image' is " + in.sizeString() + " (" + in.numDimensions() +
			"D); allowed: x or y for a 2D image, x, y or z for a 3D image");
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		final int axis = axis(params);
		final long[] dims;
		if (in.numDimensions() == 2) {
			dims = in.dimensions();
			dims[axis] = 1;
		}
		else {
			dims = new long[in.numDimensions() - 1];
			for (int d = 0, o = 0; d < in.numDimensions(); d++)
				if (d != axis) dims[o++] = in.dimension(d);
		}
		return new ImageInfo(dims, floatOutput ? PixelKind.FLOAT32 : in.kind());
	}

	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.axisReduction(axis(params));
	}
}
