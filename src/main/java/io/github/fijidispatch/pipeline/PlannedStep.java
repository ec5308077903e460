package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.zarr.OmeAxis;

/**
 * A step that passed validation: its op, resolved parameters, inputs (names that exist when it runs), the size and
 * kind of its result ({@code null} for a table), its calibration and its block plan.
 */
public final class PlannedStep {

	private final PipelineStep step;
	private final Op op;
	private final Parameters params;
	private final List<String> inputs;
	private final ImageInfo output;
	private final List<OmeAxis> axes;
	private final BlockPlan plan;

	PlannedStep(final PipelineStep step, final Op op, final Parameters params, final List<String> inputs,
		final ImageInfo output, final List<OmeAxis> axes, final BlockPlan plan)
	{
		this.step = step;
		this.op = op;
		this.params = params;
		this.inputs = Collections.unmodifiableList(new ArrayList<>(inputs));
		this.output = output;
		this.axes = axes;
		this.plan = plan;
	}

	public int number() {
		return step.number();
	}

	public String name() {
		return step.name();
	}

	/** The backend the file names for this step, or {@code null}. */
	public String backend() {
		return step.backend();
	}

	public Op op() {
		return op;
	}

	/** The parameters as the file gives them (the engine resolves them again per block call). */
	public Map<String, Object> rawParameters() {
		return step.parameters();
	}

	public Parameters parameters() {
		return params;
	}

	/** The names of the inputs, in the op's input order. */
	public List<String> inputs() {
		return inputs;
	}

	/** The result's size and kind, or {@code null} for a table. */
	public ImageInfo output() {
		return output;
	}

	/** The result's axes, x first ({@code null} for a table). */
	public List<OmeAxis> axes() {
		return axes;
	}

	public BlockPlan plan() {
		return plan;
	}

	/** What the step is, as JSON values: number, name, op, inputs, resolved parameters, result. */
	public Map<String, Object> toMap() {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("step", step.number());
		m.put("name", step.name());
		m.put("op", op.id());
		m.put("inputs", inputs);
		if (step.backend() != null) m.put("backend", step.backend());
		m.put("parameters", JsonValues.of(params.asMap()));
		m.put("result", output == null ? "table" : output.toString());
		m.put("plan", plan.describe());
		return m;
	}

	/** One line: {@code 2. mask = threshold.auto(blurred) method=otsu → 64x64x16 uint8 [histogram]}. */
	public String describe() {
		final StringBuilder s = new StringBuilder();
		s.append(step.number()).append(". ").append(step.name()).append(" = ").append(op.id()).append('(').append(String
			.join(", ", inputs)).append(')');
		for (final Map.Entry<String, Object> p : params.asMap().entrySet())
			s.append(' ').append(p.getKey()).append('=').append(text(p.getValue()));
		s.append(" → ").append(output == null ? "table" : output.toString()).append(" [").append(plan.describe())
			.append(']');
		return s.toString();
	}

	private static String text(final Object v) {
		if (v instanceof double[]) return java.util.Arrays.toString((double[]) v).replace(" ", "");
		if (v instanceof int[]) return java.util.Arrays.toString((int[]) v).replace(" ", "");
		return String.valueOf(v);
	}
}
