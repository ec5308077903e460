package io.github.fijidispatch.cli.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.dispatch.Attempt;
import io.github.fijidispatch.dispatch.Candidate;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ResultTable;

/**
 * What one sample's pipeline runs showed: per run and step the backend that
 * ran it, the warm time, the agreement with the reference run and, where the
 * preferred backend did not run a step, its reason; per run the warm total and
 * the warm-up apart. Printed as a table or given as JSON-ready maps, the same
 * content.
 */
final class PipelineReport {

	final DemoSample sample;
	final SegmentationPipeline pipeline;
	final SegmentationPipeline.Run reference;
	final List<SegmentationPipeline.Run> runs;
	private final List<Row> rows = new ArrayList<>();

	/** One step of one run. */
	static final class Row {

		final SegmentationPipeline.Run run;
		final PipelineStep step;
		final CallRecord record;
		/** {@code null} for the reference run itself. */
		final StepAgreement agreement;
		/** Why the preferred backend did not run this step, or {@code null}. */
		final String declined;

		Row(final SegmentationPipeline.Run run, final PipelineStep step, final StepAgreement agreement, final String declined) {
			this.run = run;
			this.step = step;
			this.record = run.record(step.name);
			this.agreement = agreement;
			this.declined = declined;
		}

		boolean agrees() {
			return agreement == null || agreement.agrees;
		}
	}

	/**
	 * @param runs every run, the reference first
	 */
	PipelineReport(final DispatchService dispatch, final DemoSample sample, final SegmentationPipeline pipeline,
		final List<SegmentationPipeline.Run> runs)
	{
		this.sample = sample;
		this.pipeline = pipeline;
		this.reference = runs.get(0);
		this.runs = Collections.unmodifiableList(new ArrayList<>(runs));
		final Map<String, InputScale> inputScales = new LinkedHashMap<>();
		for (final PipelineStep step : pipeline.steps())
			inputScales.put(step.name, inputScale(dispatch.opDefinition(step.opId), step));
		for (final SegmentationPipeline.Run run : runs) {
			// NB: the results of this run equal to the reference run's, as each step's comparison found
			final Set<String> identical = new HashSet<>(Collections.singleton(PipelineStep.INPUT));
			for (final PipelineStep step : pipeline.steps()) {
				final StepAgreement agreement = run == reference ? null : StepAgreement.of(dispatch.opDefinition(step.opId),
					step.params, reference.result(step.name), run.result(step.name), inputScales.get(step.name),
					identical.containsAll(Arrays.asList(step.inputs)));
				if (agreement != null && agreement.identical) identical.add(step.name);
				rows.add(new Row(run, step, agreement, declined(run, run.record(step.name))));
			}
		}
	}

	List<Row> rows() {
		return Collections.unmodifiableList(rows);
	}

	boolean allAgree() {
		return rows.stream().allMatch(Row::agrees);
	}

	/** The reference run's measurement table. */
	ResultTable measurements() {
		return (ResultTable) reference.result(SegmentationPipeline.MEASUREMENTS);
	}

	/** How many objects the reference run found. */
	int objects() {
		return measurements().rowCount();
	}

	void print(final PrintStream out) {
		out.printf("%s (%s) — %s%n%s%n%n", sample.path, sample.origin, sample.describeImage(), pipeline.describe());
		out.printf("%-8s %-13s %-9s %9s  %s%n", "run", "step", "backend", "warm ms", "agreement with the reference run");
		for (final SegmentationPipeline.Run run : runs) {
			for (final Row row : rows)
				if (row.run == run) out.printf(Locale.ROOT, "%-8s %-13s %-9s %9.1f  %s%n", run.name(), row.step.name,
					row.record.backendId(), row.record.totalNanos() / 1e6, agreementText(row));
			out.printf(Locale.ROOT, "%-8s %-13s %-9s %9.1f  (warm-up run before it: %.1f ms)%n%n", run.name(), "total", "",
				run.totalMillis(), run.warmUpMillis());
		}
		out.printf("%s: %s%s; %s.%n%n", sample.name, objects(objects()), sample.knownObjects < 0 ? "" :
			" (" + sample.knownObjects + " placed by the generator)", allAgree() ? "every backend agrees with the reference" :
				"a backend does NOT agree with the reference");
	}

	private static String agreementText(final Row row) {
		final String agreement = row.agreement == null ? "reference" :
			(row.agreement.agrees ? "agrees: " : "DIFFERS: ") + row.agreement;
		return row.declined == null ? agreement : agreement + " — " + row.declined;
	}

	/** The same content as {@link #print}, as maps and lists for {@code Json.write}. */
	Map<String, Object> toJson() {
		final Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", sample.name);
		json.put("input", sample.path);
		json.put("origin", sample.origin);
		json.put("image", sample.describeImage());
		json.put("pipeline", pipeline.describe());
		json.put("objects", objects());
		if (sample.knownObjects >= 0) json.put("placedByGenerator", sample.knownObjects);
		final List<Object> runList = new ArrayList<>();
		for (final SegmentationPipeline.Run run : runs) {
			final Map<String, Object> r = new LinkedHashMap<>();
			r.put("run", run.name());
			r.put("warmMillis", run.totalMillis());
			r.put("warmUpMillis", run.warmUpMillis());
			final List<Object> steps = new ArrayList<>();
			for (final Row row : rows)
				if (row.run == run) steps.add(stepJson(row));
			r.put("steps", steps);
			runList.add(r);
		}
		json.put("runs", runList);
		json.put("allAgree", allAgree());
		return json;
	}

	private static Map<String, Object> stepJson(final Row row) {
		final Map<String, Object> s = new LinkedHashMap<>();
		s.put("step", row.step.name);
		s.put("op", row.step.opId);
		s.put("backend", row.record.backendId());
		s.put("millis", row.record.totalNanos() / 1e6);
		s.put("agrees", row.agrees());
		s.put("agreement", row.agreement == null ? "reference" : row.agreement.text);
		if (row.declined != null) s.put("declined", row.declined);
		s.put("rationale", row.record.decision().rationale());
		return s;
	}

	/** Why the run's preferred backend did not run this step, or {@code null} when it did (or nothing was preferred). */
	private static String declined(final SegmentationPipeline.Run run, final CallRecord record) {
		final String preferred = run.preferred();
		if (preferred == null || preferred.equals(record.backendId())) return null;
		for (final Attempt a : record.attempts())
			if (a.backendId().equals(preferred) && !a.succeeded()) return preferred + " failed: " + a.failure();
		final Candidate c = record.decision().candidate(preferred);
		if (c == null) return preferred + " is not installed";
		return preferred + " " + c.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') +
			(c.reason().isEmpty() ? "" : ": " + c.reason());
	}

	static String objects(final int n) {
		return n + (n == 1 ? " object" : " objects");
	}

	/** The scale of a step's inputs in the reference run, measured as the conformance kit measures it. */
	private InputScale inputScale(final Op op, final PipelineStep step) {
		final List<Object> images = new ArrayList<>();
		for (final String input : step.inputs)
			images.add(reference.result(input));
		return ConformanceImages.scale(op.inputNames(), images);
	}
}
