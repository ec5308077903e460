package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * One seeded call of an op for the conformance kit: the op, its parameters
 * and its host input images. Running it never changes it: backends must not
 * modify inputs, and the kit checks that they do not.
 */
public final class ConformanceCase {

	private final Op op;
	private final String source;
	private final Map<String, Object> params;
	private final List<RandomAccessibleInterval<? extends RealType<?>>> inputs;
	private final List<RandomAccessibleInterval<? extends RealType<?>>> referenceInputs;
	private final NonFinitePattern pattern;

	public ConformanceCase(final Op op, final String source, final Map<String, ?> params,
		final List<? extends RandomAccessibleInterval<? extends RealType<?>>> inputs)
	{
		this(op, source, params, inputs, inputs, null);
	}

	/** A case whose float32 inputs hold non-finite pixels in {@code pattern} ({@code null}: finite inputs). */
	public ConformanceCase(final Op op, final String source, final Map<String, ?> params,
		final List<? extends RandomAccessibleInterval<? extends RealType<?>>> inputs, final NonFinitePattern pattern)
	{
		this(op, source, params, inputs, inputs, pattern);
	}

	/**
	 * A case whose reference result comes from other inputs holding the same
	 * pixels: a view or another storage ({@link ConformanceViews}) is judged
	 * against the reference backend's result on the plain ArrayImgs.
	 */
	public ConformanceCase(final Op op, final String source, final Map<String, ?> params,
		final List<? extends RandomAccessibleInterval<? extends RealType<?>>> inputs,
		final List<? extends RandomAccessibleInterval<? extends RealType<?>>> referenceInputs)
	{
		this(op, source, params, inputs, referenceInputs, null);
	}

	private ConformanceCase(final Op op, final String source, final Map<String, ?> params,
		final List<? extends RandomAccessibleInterval<? extends RealType<?>>> inputs,
		final List<? extends RandomAccessibleInterval<? extends RealType<?>>> referenceInputs,
		final NonFinitePattern pattern)
	{
		this.op = op;
		this.source = source;
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		this.inputs = Collections.unmodifiableList(new ArrayList<>(inputs));
		this.referenceInputs = Collections.unmodifiableList(new ArrayList<>(referenceInputs));
		this.pattern = pattern;
	}

	/** The non-finite pixels of the inputs, or {@code null} when every input pixel is finite. */
	public NonFinitePattern nonFinitePattern() {
		return pattern;
	}

	public Op op() {
		return op;
	}

	public String opId() {
		return op.id();
	}

	/** The parameters as given to the call (the op's defaults fill in the rest). */
	public Map<String, Object> params() {
		return params;
	}

	public List<RandomAccessibleInterval<? extends RealType<?>>> inputs() {
		return inputs;
	}

	/** The inputs the reference result is computed on: the inputs themselves, or the same pixels as ArrayImgs. */
	public List<RandomAccessibleInterval<? extends RealType<?>>> referenceInputs() {
		return referenceInputs;
	}

	/** The inputs as call arguments. */
	public Object[] inputArray() {
		return inputs.toArray();
	}

	/**
	 * The scale the numeric tolerances are relative to: per input its range
	 * ({@code max − min} of its finite pixels) and its largest finite
	 * {@code |pixel|}.
	 */
	public InputScale inputScale() {
		return ConformanceImages.scale(op.inputNames(), inputs);
	}

	/** E.g. {@code filter.gauss sigma=1 on random 40x32 uint8}. */
	public String name() {
		final StringBuilder sb = new StringBuilder(op.id());
		for (final Map.Entry<String, Object> e : params.entrySet())
			sb.append(' ').append(e.getKey()).append('=').append(ParameterSpec.toText(e.getValue()));
		sb.append(" on ").append(source).append(' ').append(HostImages.describe(inputs.get(0)));
		return sb.toString();
	}

	@Override
	public String toString() {
		return name();
	}
}
