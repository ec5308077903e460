package io.github.fijidispatch.cli.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;

/**
 * The demo's segmentation of a cell image: Gaussian blur, automatic
 * threshold, fill holes, connected components, per-label measurement — each
 * step one dispatched op call, run on one named backend or in {@code auto}
 * mode.
 */
public final class SegmentationPipeline {

	/** The steps, in order. */
	static final List<PipelineStep> STEPS = Collections.unmodifiableList(Arrays.asList(
		new PipelineStep("blur", "filter.gauss", PipelineStep.params("sigma", 2.0), "input"),
		new PipelineStep("mask", "threshold.auto", PipelineStep.params("method", "Otsu"), "blur"),
		new PipelineStep("filled", "morphology.fillHoles", PipelineStep.params(), "mask"),
		new PipelineStep("labels", "label.components", PipelineStep.params("connectivity", "full"), "filled"),
		new PipelineStep("measurements", "label.measure", PipelineStep.params(), "labels", "input")));

	private final DispatchService dispatch;

	public SegmentationPipeline(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/** The op ids the pipeline needs. */
	public static List<String> opIds() {
		final List<String> ids = new ArrayList<>();
		for (final PipelineStep s : STEPS)
			ids.add(s.opId);
		return ids;
	}

	/**
	 * Runs every step on {@code backendId}, or in the current mode when
	 * {@code null}.
	 */
	public Run run(final Object image, final String backendId) {
		final Run run = new Run(backendId == null ? "auto" : backendId);
		run.results.put("input", image);
		for (final PipelineStep step : STEPS) {
			final OpRequest request = dispatch.op(step.opId).set(step.params).on(backendId);
			for (final String in : step.inputs)
				request.input(run.results.get(in));
			final Object result = request.run();
			run.results.put(step.name, result);
			run.records.put(step.name, dispatch.trace().last());
		}
		return run;
	}

	/** The results and call records of one pipeline run. */
	public static final class Run {

		final String name;
		final Map<String, Object> results = new LinkedHashMap<>();
		final Map<String, CallRecord> records = new LinkedHashMap<>();

		Run(final String name) {
			this.name = name;
		}

		public String name() {
			return name;
		}

		public Object result(final String step) {
			return results.get(step);
		}

		public CallRecord record(final String step) {
			return records.get(step);
		}

		/** Total time of all steps, in milliseconds. */
		public double totalMillis() {
			double t = 0;
			for (final CallRecord r : records.values())
				t += r.totalNanos() / 1e6;
			return t;
		}
	}
}
