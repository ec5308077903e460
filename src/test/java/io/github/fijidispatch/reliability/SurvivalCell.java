package io.github.fijidispatch.reliability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.conformance.ConformanceCases;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * One valid call of the survival matrix: an op, the pixel kind and size of
 * its seeded inputs (made as the conformance kit makes them), and its
 * parameters. {@link #toString()} is the label the reports use.
 */
final class SurvivalCell {

	final Op op;
	final PixelKind kind;
	final long[] dims;
	final Map<String, Object> params;

	SurvivalCell(final Op op, final PixelKind kind, final long[] dims, final Map<String, Object> params) {
		this.op = op;
		this.kind = kind;
		this.dims = dims.clone();
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
	}

	/** Fresh seeded inputs (the same for the same cell). */
	List<RandomAccessibleInterval<? extends RealType<?>>> inputs() {
		return ConformanceCases.randomInputs(op, kind, dims);
	}

	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder(op.id()).append(' ').append(kind).append(' ');
		for (int d = 0; d < dims.length; d++)
			sb.append(d == 0 ? "" : "x").append(dims[d]);
		for (final Map.Entry<String, Object> e : params.entrySet())
			sb.append(' ').append(e.getKey()).append('=').append(ParameterSpec.toText(e.getValue()));
		return sb.toString();
	}
}
