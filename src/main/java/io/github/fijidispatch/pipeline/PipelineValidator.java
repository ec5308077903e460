package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.UserParameters;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.zarr.OmeAxis;

/**
 * Checks a whole pipeline against its input before anything runs, step by step in order: the op exists; its
 * parameters resolve (the op's own message otherwise); its result name is new; every input it names is the
 * pipeline's input or an earlier step's result, and an image (a table never feeds an op); the op accepts those
 * inputs ({@link Op#check}, the op's message); a backend it names exists; the op has a block plan; and only the last step may return a table.
 * The first problem is thrown as a {@link PipelineException} naming the file, the step and the problem.
 */
public final class PipelineValidator {

	private final DispatchService dispatch;

	public PipelineValidator(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/**
	 * @param input the pipeline input's size and kind
	 * @param inputAxes its axes, x first ({@code null}: pixels)
	 * @throws PipelineException for the first problem found
	 */
	public PipelinePlan validate(final Pipeline pipeline, final ImageInfo input, final List<OmeAxis> inputAxes) {
		final String file = pipeline.source();
		final Map<String, ImageInfo> images = new LinkedHashMap<>();
		final Map<String, List<OmeAxis>> axes = new HashMap<>();
		final Map<String, Integer> tables = new HashMap<>();
		final Map<String, Integer> definedAt = new HashMap<>();
		images.put(pipeline.inputName(), input);
		axes.put(pipeline.inputName(), inputAxes);
		final Map<String, Integer> laterNames = new HashMap<>();
		for (final PipelineStep s : pipeline.steps())
			laterNames.putIfAbsent(s.name(), s.number());
		final List<PlannedStep> planned = new ArrayList<>();
		String previous = pipeline.inputName();
		for (final PipelineStep step : pipeline.steps()) {
			final int n = step.number();
			final Op op = op(file, step);
			final String id = op.id();
			if (step.backend() != null && dispatch.backend(step.backend()) == null) throw PipelineException.atStep(file, n,
				id, "unknown backend '" + step.backend() + "'; backends: " + backendIds());
			final Parameters params;
			try {
				UserParameters.requireDeclared(op, step.parameters());
				params = op.resolve(step.parameters());
			}
			catch (final IllegalArgumentException e) {
				throw PipelineException.atStep(file, n, id, e);
			}
			if (step.name().equals(pipeline.inputName())) throw PipelineException.atStep(file, n, id, "the name '" + step
				.name() + "' is the pipeline's input; give the step another name");
			if (definedAt.containsKey(step.name())) throw PipelineException.atStep(file, n, id, "the name '" + step
				.name() + "' is already step " + definedAt.get(step.name()) + "'s; every result needs its own name");
			final List<String> inputs = inputs(file, step, op, previous);
			final List<ImageInfo> infos = new ArrayList<>();
			for (final String ref : inputs) {
				if (tables.containsKey(ref)) throw PipelineException.atStep(file, n, id, "input '" + ref + "' is the table " +
					"of step " + tables.get(ref) + ", not an image: a table cannot feed an op (" + id + " takes " + op
						.inputNames() + ")");
				final ImageInfo info = images.get(ref);
				if (info == null) throw PipelineException.atStep(file, n, id, "unknown reference '" + ref + "'" + (laterNames
					.containsKey(ref) ? " (step " + laterNames.get(ref) + " makes it, after this step)" : "") +
					"; known here: " + String.join(", ", images.keySet()));
				infos.add(info);
			}
			final ImageInfo output;
			final BlockPlan plan;
			try {
				op.check(infos, params);
				output = op.outputInfo(infos, params);
				plan = op.blockwise(params, infos.get(0));
			}
			catch (final IllegalArgumentException e) {
				throw PipelineException.atStep(file, n, id, e);
			}
			if (plan.kind() == BlockPlan.Kind.NOT_PLANNED) throw PipelineException.atStep(file, n, id, "it cannot run " +
				"by blocks yet (" + plan.reason() + "), and a pipeline runs every step by blocks");
			final boolean table = op.outputKind() == OutputKind.TABLE;
			if (table && n < pipeline.steps().size() && !referencedLater(pipeline, step)) throw PipelineException.atStep(
				file, n, id, "it returns a table, which only the last step may do (the pipeline writes the last step's " +
					"result; a table cannot feed an op)");
			final List<OmeAxis> outAxes = OutputAxes.of(axes.get(inputs.get(0)), infos.get(0), output, plan, op
				.pixelSizeDivisors(params, infos.get(0)));
			planned.add(new PlannedStep(step, op, params, inputs, output, outAxes, plan));
			definedAt.put(step.name(), n);
			if (table) tables.put(step.name(), n);
			else {
				images.put(step.name(), output);
				axes.put(step.name(), outAxes);
			}
			previous = step.name();
		}
		return new PipelinePlan(pipeline, input, planned);
	}

	private String backendIds() {
		final List<String> ids = new ArrayList<>();
		for (final io.github.fijidispatch.backend.Backend b : dispatch.backends())
			ids.add(b.id());
		return String.join(", ", ids);
	}

	private Op op(final String file, final PipelineStep step) {
		try {
			return dispatch.opDefinition(step.op());
		}
		catch (final IllegalArgumentException e) {
			throw PipelineException.atStep(file, step.number(), step.op(), e.getMessage());
		}
	}

	/** The step's inputs: as written, or the previous result for an op of one input. */
	private static List<String> inputs(final String file, final PipelineStep step, final Op op, final String previous) {
		final List<String> names = op.inputNames();
		if (step.inputs().isEmpty()) {
			if (names.size() == 1) return java.util.Collections.singletonList(previous);
			throw PipelineException.atStep(file, step.number(), op.id(), "it takes " + names.size() + " inputs " + names +
				": list them, e.g. \"inputs\": [\"" + previous + "\", \"input\"]");
		}
		if (step.inputs().size() != names.size()) throw PipelineException.atStep(file, step.number(), op.id(), "it takes " +
			names.size() + " input(s) " + names + ", not " + step.inputs().size() + " " + step.inputs());
		return step.inputs();
	}

	private static boolean referencedLater(final Pipeline pipeline, final PipelineStep step) {
		for (final PipelineStep later : pipeline.steps())
			if (later.number() > step.number() && (later.inputs().contains(step.name()) || later.inputs().isEmpty() &&
				later.number() == step.number() + 1)) return true;
		return false;
	}
}
