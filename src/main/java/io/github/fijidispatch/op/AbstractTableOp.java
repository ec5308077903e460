package io.github.fijidispatch.op;

import java.util.List;

/**
 * Base of ops whose result is a {@link ResultTable} (statistics,
 * measurements, comparison metrics): always on the host, and no output image.
 */
public abstract class AbstractTableOp extends AbstractOp {

	protected AbstractTableOp(final String id, final String label, final String category, final String description,
		final List<String> inputNames, final ParameterSpec... parameters)
	{
		super(id, label, category, description, inputNames, parameters);
	}

	/** A table. */
	@Override
	public OutputKind outputKind() {
		return OutputKind.TABLE;
	}

	/** None: the result is a table, not an image. */
	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return null;
	}
}
