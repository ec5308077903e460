package io.github.fijidispatch.cli.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;
import io.github.fijidispatch.op.filter.TopHatOp;
import io.github.fijidispatch.op.label.ComponentsOp;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;

/**
 * The demo's segmentation: Gaussian blur, background subtraction (white
 * top-hat; optional), automatic threshold, fill holes, connected components, per-label
 * measurement — each step one dispatched op call. A run goes on the reference
 * backend (named on each call), preferring one backend (steps it cannot run
 * fall to the next, as dispatch decides), or in the current mode. Each run is
 * made twice: an untimed warm-up (class loading, JIT, kernel compilation,
 * whose total is kept apart) and the timed run whose results and records are
 * reported. NB: the warm-up runs on the whole input, not a crop: CLIJ2
 * compiles its kernels for each image size, and the JIT's profile needs
 * the full loops (a 128×128×32 crop left the timed clij2 steps paying kernel
 * compilation again, e.g. 296 ms instead of 4 ms for the coins' threshold).
 */
final class SegmentationPipeline {

	/** The step names, in order. */
	static final String BLUR = "blur";
	static final String BACKGROUND = "background";
	static final String MASK = "mask";
	static final String FILLED = "filled";
	static final String LABELS = "labels";
	static final String MEASUREMENTS = "measurements";

	private final DispatchService dispatch;
	private final Object image;
	private final List<PipelineStep> steps;

	/**
	 * @param image the input image
	 * @param steps the steps, in order; each names earlier steps (or {@link PipelineStep#INPUT}) as its inputs
	 */
	SegmentationPipeline(final DispatchService dispatch, final Object image, final List<PipelineStep> steps) {
		this.dispatch = dispatch;
		this.image = image;
		this.steps = Collections.unmodifiableList(steps);
	}

	/**
	 * The steps for objects brighter than a background that may vary slowly.
	 *
	 * @param sigma the blur's σ (scalar or per axis)
	 * @param backgroundRadius the top-hat's box radius per axis: larger than the largest object's radius, so that the
	 *          opening keeps only the background; {@code null} leaves the background step out
	 * @param method the {@code threshold.auto} method
	 */
	static List<PipelineStep> steps(final double sigma, final int[] backgroundRadius, final String method) {
		final List<PipelineStep> steps = new ArrayList<>();
		steps.add(new PipelineStep(BLUR, GaussOp.ID, PipelineStep.params("sigma", sigma), PipelineStep.INPUT));
		if (backgroundRadius != null) steps.add(new PipelineStep(BACKGROUND, TopHatOp.ID, PipelineStep.params(
			NeighbourhoodParameters.RADIUS, backgroundRadius.clone(), NeighbourhoodParameters.SHAPE,
			NeighbourhoodParameters.BOX), BLUR));
		steps.add(new PipelineStep(MASK, AutoThresholdOp.ID, PipelineStep.params("method", method),
			backgroundRadius != null ? BACKGROUND : BLUR));
		steps.add(new PipelineStep(FILLED, FillHolesOp.ID, PipelineStep.params(), MASK));
		steps.add(new PipelineStep(LABELS, ComponentsOp.ID, PipelineStep.params("connectivity", "full"), FILLED));
		steps.add(new PipelineStep(MEASUREMENTS, MeasureLabelsOp.ID, PipelineStep.params(), LABELS, PipelineStep.INPUT));
		return Collections.unmodifiableList(steps);
	}

	/** The steps, in order. */
	public List<PipelineStep> steps() {
		return steps;
	}

	/** One line naming the steps and their parameters, e.g. {@code "blur (filter.gauss sigma=2) → ..."}. */
	public String describe() {
		final StringBuilder sb = new StringBuilder();
		for (final PipelineStep step : steps) {
			sb.append(sb.length() == 0 ? "" : " → ").append(step.name).append(" (").append(step.opId);
			for (final Map.Entry<String, Object> p : step.params.entrySet())
				sb.append(' ').append(p.getKey()).append('=').append(text(p.getValue()));
			sb.append(')');
		}
		return sb.toString();
	}

	private static String text(final Object value) {
		if (value instanceof int[]) return Arrays.toString((int[]) value).replaceAll("[\\[\\] ]", "");
		if (value instanceof Double && (Double) value == Math.rint((Double) value))
			return String.format(Locale.ROOT, "%.0f", (Double) value);
		return String.valueOf(value);
	}

	/** Runs every step on the reference backend, named on each call: the results others are judged by. */
	public Run runReference() {
		final double warmUp = run(Backends.REFERENCE, true).totalMillis();
		return run(Backends.REFERENCE, true).afterWarmUp(warmUp);
	}

	/**
	 * Runs every step preferring {@code backendId} (steps it cannot run fall
	 * to the next backend, as dispatch decides), or in the current mode when
	 * {@code null}.
	 */
	public Run runPreferring(final String backendId) {
		if (backendId == null) {
			final double warmUp = run(null, false).totalMillis();
			return run(null, false).afterWarmUp(warmUp);
		}
		try (DispatchScope scope = dispatch.prefer(backendId)) {
			final double warmUp = run(backendId, false).totalMillis();
			return run(backendId, false).afterWarmUp(warmUp);
		}
	}

	private Run run(final String backendId, final boolean named) {
		final Run run = new Run(backendId == null ? "auto" : backendId, backendId);
		run.results.put(PipelineStep.INPUT, image);
		for (final PipelineStep step : steps) {
			final OpRequest request = dispatch.op(step.opId).set(step.params).on(named ? backendId : null);
			for (final String in : step.inputs)
				request.input(run.results.get(in));
			final Object result = request.run();
			run.results.put(step.name, result);
			run.records.put(step.name, dispatch.trace().last());
		}
		return run;
	}

	/** The results and call records of one timed pipeline run, and the time its warm-up took. */
	public static final class Run {

		private final String name;
		private final String preferred;
		private final Map<String, Object> results = new LinkedHashMap<>();
		private final Map<String, CallRecord> records = new LinkedHashMap<>();
		private double warmUpMillis = Double.NaN;

		Run(final String name, final String preferred) {
			this.name = name;
			this.preferred = preferred;
		}

		private Run afterWarmUp(final double millis) {
			warmUpMillis = millis;
			return this;
		}

		/** {@code imglib2}, {@code clij2}, ... or {@code auto}. */
		public String name() {
			return name;
		}

		/** The backend this run named or preferred, or {@code null} in {@code auto} mode. */
		public String preferred() {
			return preferred;
		}

		/** A step's result, or the input image for {@link PipelineStep#INPUT}. */
		public Object result(final String step) {
			return results.get(step);
		}

		/** A step's call record. */
		public CallRecord record(final String step) {
			return records.get(step);
		}

		/** Total time of all steps of the timed run, in milliseconds. */
		public double totalMillis() {
			double t = 0;
			for (final CallRecord r : records.values())
				t += r.totalNanos() / 1e6;
			return t;
		}

		/** Total time of the untimed warm-up run before it, in milliseconds. */
		public double warmUpMillis() {
			return warmUpMillis;
		}
	}
}
