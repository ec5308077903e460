package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.OutputKind;

/** A validated pipeline ({@link PipelineValidator}): every step planned against the input, ready to run. */
public final class PipelinePlan {

	private final Pipeline pipeline;
	private final ImageInfo input;
	private final List<PlannedStep> steps;

	PipelinePlan(final Pipeline pipeline, final ImageInfo input, final List<PlannedStep> steps) {
		this.pipeline = pipeline;
		this.input = input;
		this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
	}

	public Pipeline pipeline() {
		return pipeline;
	}

	public ImageInfo input() {
		return input;
	}

	public List<PlannedStep> steps() {
		return steps;
	}

	public PlannedStep last() {
		return steps.get(steps.size() - 1);
	}

	/** Whether the pipeline's result is a table (else an image). */
	public boolean returnsTable() {
		return last().op().outputKind() == OutputKind.TABLE;
	}

	/** The plan as JSON values: the file, the input, every step. */
	public Map<String, Object> toMap() {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("pipeline", pipeline.source());
		m.put("input", pipeline.inputName() + " " + input);
		final List<Object> list = new ArrayList<>();
		for (final PlannedStep s : steps)
			list.add(s.toMap());
		m.put("steps", list);
		return m;
	}

	/** Several lines: the input, then one line per step ({@link PlannedStep#describe}). */
	public String describe() {
		final StringBuilder s = new StringBuilder();
		s.append("pipeline ").append(pipeline.source()).append(": ").append(steps.size()).append(" step(s) on ").append(
			pipeline.inputName()).append(" (").append(input).append(")\n");
		for (final PlannedStep step : steps)
			s.append("  ").append(step.describe()).append('\n');
		return s.toString();
	}
}
