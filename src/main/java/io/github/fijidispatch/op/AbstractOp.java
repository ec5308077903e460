package io.github.fijidispatch.op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.plugin.AbstractRichPlugin;

/**
 * Base of op definitions: holds the declaration (id, label, inputs,
 * parameters, tolerance) and performs the central validation. Subclasses
 * declare themselves in their constructor and add cross-checks in
 * {@link #checkCall} and the output shape in {@link #outputInfo}.
 */
public abstract class AbstractOp extends AbstractRichPlugin implements Op {

	/** Image inputs must have at least this many dimensions. */
	public static final int MIN_DIMENSIONS = 2;
	/** Image inputs may have at most this many dimensions. */
	public static final int MAX_DIMENSIONS = 3;

	private final String id;
	private final String label;
	private final String category;
	private final String description;
	private final List<String> inputNames;
	private final List<ParameterSpec> parameters;
	private final Map<String, ParameterSpec> byName = new LinkedHashMap<>();

	/** @throws IllegalArgumentException when {@code id} is not of the form {@link OpIds#FORM} */
	protected AbstractOp(final String id, final String label, final String category,
		final String description, final List<String> inputNames, final ParameterSpec... parameters)
	{
		this.id = OpIds.requireWellFormed(id);
		this.label = label;
		this.category = category;
		this.description = description;
		this.inputNames = Collections.unmodifiableList(new ArrayList<>(inputNames));
		final List<ParameterSpec> declared = new ArrayList<>();
		for (final ParameterSpec p : parameters) {
			byName.put(p.name(), p);
			if (!p.isInternal()) declared.add(p);
		}
		// NB: internal parameters are resolved and checked, but are no part of the public declaration
		this.parameters = Collections.unmodifiableList(declared);
	}

	/** One image input named {@code image}. */
	protected static List<String> oneImage() {
		return Collections.singletonList("image");
	}

	// -- Op methods --

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String category() {
		return category;
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public List<String> inputNames() {
		return inputNames;
	}

	@Override
	public List<ParameterSpec> parameters() {
		return parameters;
	}

	@Override
	public OutputKind outputKind() {
		return OutputKind.IMAGE;
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.NUMERIC;
	}

	@Override
	public Parameters resolve(final Map<String, ?> raw) {
		final LinkedHashMap<String, Object> values = new LinkedHashMap<>();
		if (raw != null) {
			for (final Map.Entry<String, ?> e : raw.entrySet()) {
				final ParameterSpec spec = byName.get(e.getKey());
				if (spec == null) throw UserParameters.unknown(id, parameters, e.getKey(), e.getValue());
				values.put(spec.name(), spec.coerce(id, e.getValue()));
			}
		}
		for (final ParameterSpec spec : parameters) {
			if (values.containsKey(spec.name())) continue;
			if (spec.isRequired()) throw new BadInputException(id + ": parameter '" + spec.name() + "' is required; expected " +
				spec.allowed(), id, spec.name(), null, spec.allowed());
			values.put(spec.name(), spec.defaultValue());
		}
		return new Parameters(id, values);
	}

	@Override
	public final void check(final List<ImageInfo> inputs, final Parameters params) {
		if (inputs.size() != inputNames.size()) throw new IllegalArgumentException(id + ": takes " +
			inputNames.size() + " image input(s) " + inputNames + " but got " + inputs.size());
		for (int i = 0; i < inputs.size(); i++)
			checkImage(inputNames.get(i), inputs.get(i));
		for (final ParameterSpec p : byName.values())
			if (p.isPerAxis() && params.has(p.name()) && params.valueCount(p.name()) > inputs.get(0).numDimensions())
				throw new IllegalArgumentException(id + ": parameter '" + p.name() + "' = " +
					ParameterSpec.toText(params.get(p.name())) + " has " + params.valueCount(p.name()) +
					" values but the image has " + inputs.get(0).numDimensions() + " dimensions; give one value or one per axis");
		checkCall(inputs, params);
	}

	private void checkImage(final String name, final ImageInfo info) {
		if (info == null) throw new IllegalArgumentException(id + ": input '" + name + "' is null");
		final int n = info.numDimensions();
		if (n < MIN_DIMENSIONS || n > MAX_DIMENSIONS) throw new IllegalArgumentException(id + ": input '" + name +
			"' is " + info.sizeString() + " (" + n + "D); allowed: 2D or 3D images" + (n > 3 && n <= 5 ?
				" (a 4D/5D hyperstack runs per volume: hyperstack.Hyperstacks with its axes, e.g. XYZCT)" : ""));
		for (int d = 0; d < n; d++)
			if (info.dimension(d) < 1) throw new IllegalArgumentException(id + ": input '" + name + "' is " +
				info.sizeString() + "; every axis needs at least one pixel");
		if (info.kind() == null) throw new IllegalArgumentException(id + ": input '" + name +
			"' has a pixel type the suite cannot process; allowed: " + Arrays.toString(PixelKind.values()));
	}

	/**
	 * Cross-checks between inputs and parameters beyond the declaration, e.g.
	 * equal sizes or a crop inside the image. Default: none.
	 */
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		// NB: most ops need nothing beyond the declaration.
	}

	/** Helper for {@link #checkCall}: all inputs the same size. */
	protected void requireSameSize(final List<ImageInfo> inputs) {
		for (int i = 1; i < inputs.size(); i++)
			if (!inputs.get(i).sameSize(inputs.get(0))) throw new IllegalArgumentException(id + ": input '" +
				inputNames.get(i) + "' is " + inputs.get(i).sizeString() + " but input '" + inputNames.get(0) + "' is " +
				inputs.get(0).sizeString() + "; they must be the same size");
	}

	/** Default output: the same size and kind as the first input. */
	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return inputs.get(0);
	}

	@Override
	public String toString() {
		return id;
	}
}
