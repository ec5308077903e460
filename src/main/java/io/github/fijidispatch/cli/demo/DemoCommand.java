package io.github.fijidispatch.cli.demo;

import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.cli.Arguments;
import io.github.fijidispatch.cli.ImageFiles;
import io.github.fijidispatch.cli.Json;
import io.github.fijidispatch.cli.Subcommand;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code demo}: the main job. Segments the bundled {@code cell.png} (or the
 * user's image) with {@link SegmentationPipeline} on the reference backend,
 * once preferring each other available backend, and once in {@code auto} mode; prints each step's backend, time and
 * agreement with the reference run; writes the label image (TIFF), the
 * measurements (CSV) and a PNG overview.
 */
@Plugin(type = Subcommand.class)
public class DemoCommand implements Subcommand {

	/** The bundled sample image (CC0; see samples/LICENSE.txt). */
	static final String SAMPLE = "/io/github/fijidispatch/samples/cell.png";

	@Parameter
	private DispatchService dispatch;

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "the main job: segments the bundled cell.png (blur, threshold, fill holes, label, measure) on every backend and in auto mode";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch demo [--input FILE] [--out DIR] [--json]\n" +
			"  --input FILE  your own 2D/3D TIFF or PNG instead of the bundled cell.png\n" +
			"  --out DIR     where results go (default: fiji-dispatch-demo)";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		final Arguments a = Arguments.parse(args, Arrays.asList("input", "out"), Collections.singletonList("json"),
			Collections.<String, String> emptyMap());
		final boolean json = a.flag("json");
		final File outDir = new File(a.option("out", "fiji-dispatch-demo"));
		if (!outDir.isDirectory() && !outDir.mkdirs()) throw new IllegalArgumentException("cannot create --out " + outDir);
		final String inputPath = a.option("input") != null ? a.option("input") : extractSample(outDir);
		final Img<? extends RealType<?>> input = ImageFiles.read(inputPath);

		final SegmentationPipeline pipeline = new SegmentationPipeline(dispatch, input);
		final SegmentationPipeline.Run reference = pipeline.runReference();
		final List<SegmentationPipeline.Run> runs = new ArrayList<>();
		runs.add(reference);
		for (final Backend b : dispatch.backends())
			if (!b.id().equals(Backends.REFERENCE) && available(b)) runs.add(pipeline.runPreferring(b.id()));
		final SegmentationPipeline.Run auto = pipeline.runPreferring(null);
		runs.add(auto);

		final double inputRange = range(input);
		final List<Map<String, Object>> rows = new ArrayList<>();
		if (!json) out.printf("Segmenting %s (%s) — blur σ=2, Otsu threshold, fill holes, label, measure%n%n", inputPath,
			sizeOf(input));
		if (!json) out.printf("%-8s %-13s %-9s %9s  %s%n", "run", "step", "backend", "ms", "agreement with the reference run");
		for (final SegmentationPipeline.Run run : runs) {
			for (final PipelineStep step : SegmentationPipeline.STEPS) {
				final CallRecord record = run.record(step.name);
				final StepAgreement agreement = run == reference ? null : StepAgreement.of(reference.result(step.name),
					run.result(step.name), dispatch.opDefinition(step.opId).tolerance(), inputRange);
				final Map<String, Object> row = new LinkedHashMap<>();
				row.put("run", run.name());
				row.put("step", step.name);
				row.put("op", step.opId);
				row.put("backend", record.backendId());
				row.put("millis", record.totalNanos() / 1e6);
				row.put("agrees", agreement == null || agreement.agrees);
				row.put("agreement", agreement == null ? "reference" : agreement.text);
				row.put("rationale", record.decision().rationale());
				rows.add(row);
				if (!json) out.printf(Locale.ROOT, "%-8s %-13s %-9s %9.1f  %s%n", run.name(), step.name, record.backendId(),
					record.totalNanos() / 1e6, agreement == null ? "reference" : (agreement.agrees ? "agrees: " : "DIFFERS: ") + agreement);
			}
			if (!json) out.printf(Locale.ROOT, "%-8s %-13s %-9s %9.1f%n%n", run.name(), "total", "", run.totalMillis());
		}

		final ResultTable table = (ResultTable) auto.result("measurements");
		final File labelsFile = new File(outDir, "labels.tif");
		final File tableFile = new File(outDir, "measurements.csv");
		final File overviewFile = new File(outDir, "overview.png");
		ImageFiles.write(asReal(auto.result("labels")), labelsFile.getPath());
		AtomicFile.writeText(tableFile.toPath(), table.toCsv());
		OverviewImage.write(overviewFile, input, (RandomAccessibleInterval<?>) auto.result("filled"),
			(RandomAccessibleInterval<?>) auto.result("labels"), summaryLines(table, runs));
		final boolean allAgree = rows.stream().allMatch(r -> Boolean.TRUE.equals(r.get("agrees")));
		if (json) {
			final Map<String, Object> report = new LinkedHashMap<>();
			report.put("input", inputPath);
			report.put("objects", table.rowCount());
			report.put("steps", rows);
			report.put("labels", labelsFile.getPath());
			report.put("measurements", tableFile.getPath());
			report.put("overview", overviewFile.getPath());
			report.put("allAgree", allAgree);
			out.println(Json.write(report));
		}
		else {
			out.printf("%s; every backend %s the reference.%n", objects(table.rowCount()), allAgree ? "agrees with" : "does NOT agree with");
			out.println("wrote " + labelsFile + ", " + tableFile + ", " + overviewFile);
		}
		return allAgree ? 0 : 1;
	}

	private boolean available(final Backend b) {
		return dispatch.availability(b).isYes();
	}

	private static List<String> summaryLines(final ResultTable table, final List<SegmentationPipeline.Run> runs) {
		final List<String> lines = new ArrayList<>();
		final double[] area = table.column("area");
		double total = 0;
		double largest = 0;
		for (final double v : area) {
			total += v;
			largest = Math.max(largest, v);
		}
		lines.add(String.format(Locale.ROOT, "%s, %.0f px in all, largest %.0f px", objects(table.rowCount()), total, largest));
		final StringBuilder times = new StringBuilder("pipeline time:");
		for (final SegmentationPipeline.Run r : runs)
			times.append(String.format(Locale.ROOT, "  %s %.0f ms", r.name(), r.totalMillis()));
		lines.add(times.toString());
		return lines;
	}

	private static String objects(final int n) {
		return n + (n == 1 ? " object" : " objects");
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> asReal(final Object image) {
		return (RandomAccessibleInterval<? extends RealType<?>>) image;
	}

	private static double range(final RandomAccessibleInterval<? extends RealType<?>> img) {
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (final RealType<?> t : Views.iterable(img)) {
			min = Math.min(min, t.getRealDouble());
			max = Math.max(max, t.getRealDouble());
		}
		return max - min;
	}

	private static String sizeOf(final RandomAccessibleInterval<?> img) {
		final StringBuilder sb = new StringBuilder();
		for (int d = 0; d < img.numDimensions(); d++)
			sb.append(d == 0 ? "" : "×").append(img.dimension(d));
		return sb.toString();
	}

	private static String extractSample(final File outDir) throws java.io.IOException {
		final File target = new File(outDir, "cell.png");
		try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
			if (in == null) throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
			AtomicFile.copy(in, target.toPath());
		}
		return target.getPath();
	}
}
