package io.github.fijidispatch.cli.demo;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.cli.Arguments;
import io.github.fijidispatch.cli.Json;
import io.github.fijidispatch.cli.Subcommand;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.ij.ImageFiles;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code demo}: the main job. Segments the bundled {@code coins.png} (2D) and
 * a synthetic stack of nuclei (3D), or the user's own image, with
 * {@link SegmentationPipeline} on the reference backend, once preferring each
 * other available backend and once in {@code auto} mode, each after an
 * untimed warm-up; prints each step's backend, warm time and agreement with
 * the reference run; writes per sample the label image (TIFF) and the
 * measurements (CSV), and one PNG overview of all samples. Exit code 1 when a
 * backend disagrees with the reference.
 */
@Plugin(type = Subcommand.class)
public class DemoCommand implements Subcommand {

	@Parameter
	private DispatchService dispatch;

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "the main job: segments coins.png (2D) and synthetic nuclei (3D) — blur, top-hat, threshold, fill holes, " +
			"label, measure — on every backend and in auto mode, with warm timings and agreement";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch demo [--input FILE] [--out DIR] [--json]\n" +
			"  --input FILE  your own 2D or 3D TIFF or PNG instead of the bundled coins.png and synthetic nuclei\n" +
			"  --out DIR     where results go (default: fiji-dispatch-demo)";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		final Arguments a = Arguments.parse(args, Arrays.asList("input", "out"), Collections.singletonList("json"),
			Collections.<String, String> emptyMap());
		final boolean json = a.flag("json");
		final File outDir = new File(a.option("out", "fiji-dispatch-demo"));
		if (outDir.isFile()) throw new IllegalArgumentException("--out '" + outDir + "' is a file; give a folder for " +
			"the results");
		if (!outDir.isDirectory() && !outDir.mkdirs()) throw new IllegalArgumentException("cannot create --out " + outDir);
		final List<DemoSample> samples = a.option("input") != null ? Collections.singletonList(DemoSample.of(a.option("input")))
			: Arrays.asList(DemoSample.coins(outDir), DemoSample.nuclei(outDir));

		final List<PipelineReport> reports = new ArrayList<>();
		final List<Object> pipelines = new ArrayList<>();
		final List<String> written = new ArrayList<>();
		for (final DemoSample sample : samples) {
			final PipelineReport report = segment(sample);
			reports.add(report);
			if (!json) report.print(out);
			final Map<String, Object> entry = report.toJson();
			entry.put("labels", writeLabels(report, outDir, written));
			entry.put("measurements", writeMeasurements(report, outDir, written));
			pipelines.add(entry);
		}
		final File overview = new File(outDir, "overview.png");
		OverviewImage.write(overview, DemoOverview.rows(dispatch, reports));
		written.add(overview.getPath());
		final boolean allAgree = reports.stream().allMatch(PipelineReport::allAgree);
		if (json) {
			final Map<String, Object> report = new LinkedHashMap<>();
			report.put("pipelines", pipelines);
			report.put("overview", overview.getPath());
			report.put("allAgree", allAgree);
			out.println(Json.write(report));
		}
		else {
			out.printf("%s.%n", allAgree ? "Every backend agrees with the reference on every step"
				: "A backend does NOT agree with the reference (see DIFFERS above)");
			out.println("wrote " + String.join(", ", written));
		}
		return allAgree ? 0 : 1;
	}

	/** The sample on the reference backend, preferring each other available backend, and in auto mode. */
	private PipelineReport segment(final DemoSample sample) {
		final SegmentationPipeline pipeline = new SegmentationPipeline(dispatch, sample.image, sample.steps);
		final List<SegmentationPipeline.Run> runs = new ArrayList<>();
		runs.add(pipeline.runReference());
		for (final Backend b : dispatch.backends())
			if (!b.id().equals(Backends.REFERENCE) && available(b)) runs.add(pipeline.runPreferring(b.id()));
		runs.add(pipeline.runPreferring(null));
		return new PipelineReport(dispatch, sample, pipeline, runs);
	}

	private boolean available(final Backend b) {
		return dispatch.availability(b).isYes();
	}

	@SuppressWarnings("unchecked")
	private static String writeLabels(final PipelineReport report, final File outDir, final List<String> written)
		throws java.io.IOException
	{
		final File file = new File(outDir, report.sample.name + "-labels.tif");
		ImageFiles.write((RandomAccessibleInterval<? extends RealType<?>>) report.reference.result(SegmentationPipeline.LABELS),
			file.getPath());
		written.add(file.getPath());
		return file.getPath();
	}

	private static String writeMeasurements(final PipelineReport report, final File outDir, final List<String> written)
		throws java.io.IOException
	{
		final File file = new File(outDir, report.sample.name + "-measurements.csv");
		AtomicFile.writeText(file.toPath(), report.measurements().toCsv());
		written.add(file.getPath());
		return file.getPath();
	}
}
