package io.github.fijidispatch.cli.demo;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;

/**
 * The demo's segmentation of a cell image: Gaussian blur, automatic
 * threshold, fill holes, connected components, per-label measurement — each
 * step one dispatched op call: on the reference backend, preferring one
 * backend (steps it cannot run fall to the next), or in {@code auto} mode.
 */
public final class SegmentationPipeline {

	/** The steps, in order. */
	static final List<PipelineStep> STEPS = Collections.unmodifiableList(Arrays.asList(
		new PipelineStep("blur", "filter.gauss", PipelineStep.params("sigma", 2.0), "input"),
		new PipelineStep("mask", "threshold.auto", PipelineStep.params("method", "Otsu"), "blur"),
		new PipelineStep("filled", "morphology.fill_holes", PipelineStep.params(), "mask"),
		new PipelineStep("labels", "label.components", PipelineStep.params("connectivity", "full"), "filled"),
		new PipelineStep("measurements", "label.measure", PipelineStep.params(), "labels", "input")));

	private final DispatchService dispatch;
	private final Object image;

	public SegmentationPipeline(final DispatchService dispatch, final Object image) {
		this.dispatch = dispatch;
		this.image = image;
	}

	/** Runs every step on the reference backend, named on each call: the results others are judged by. */
	public Run runReference() {
		return run(Backends.REFERENCE, true);
	}

	/**
	 * Runs every step preferring {@code backendId} (steps it cannot run fall
	 * to the next backend, as dispatch decides), or in the current mode when
	 * {@code null}.
	 */
	public Run runPreferring(final String backendId) {
		if (backendId == null) return run(null, false);
		try (DispatchScope scope = dispatch.prefer(backendId)) {
			return run(backendId, false);
		}
	}

	private Run run(final String backendId, final boolean named) {
		final Run run = new Run(backendId == null ? "auto" : backendId);
		run.results.put("input", image);
		for (final PipelineStep step : STEPS) {
			final OpRequest request = dispatch.op(step.opId).set(step.params).on(named ? backendId : null);
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
