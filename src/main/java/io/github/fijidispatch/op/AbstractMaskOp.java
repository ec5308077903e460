package io.github.fijidispatch.op;

import java.util.List;

/**
 * Base of ops whose result is a mask: a uint8 image of the (first) input's
 * size holding 0 and 255, which every backend must reproduce exactly.
 */
public abstract class AbstractMaskOp extends AbstractOp {

	protected AbstractMaskOp(final String id, final String label, final String category, final String description,
		final List<String> inputNames, final ParameterSpec... parameters)
	{
		super(id, label, category, description, inputNames, parameters);
	}

	/** A uint8 mask of the first input's size. */
	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return inputs.get(0).withKind(PixelKind.UINT8);
	}

	/** Masks are exact. */
	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}
}
