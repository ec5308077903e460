package io.github.fijidispatch.cli;

import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DefaultDispatchService;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code demo}: the main job. Blurs the bundled sample image (or the user's)
 * on every available backend and in {@code auto} mode, prints each decision
 * and time, checks that the backends agree, and writes the results.
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
		return "the main job: processes the bundled cell.png on every available backend and in auto mode";
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
		final File outDir = new File(a.option("out", "fiji-dispatch-demo"));
		if (!outDir.isDirectory() && !outDir.mkdirs()) throw new IllegalArgumentException("cannot create --out " + outDir);
		final String inputPath = a.option("input") != null ? a.option("input") : extractSample(outDir);
		final Img<? extends RealType<?>> input = ImageFiles.read(inputPath);

		final List<String> runs = new ArrayList<>();
		for (final Backend b : dispatch.backends())
			if (((DefaultDispatchService) dispatch).availability(b).isYes()) runs.add(b.id());
		runs.add("auto");

		final List<Map<String, Object>> rows = new ArrayList<>();
		RandomAccessibleInterval<?> reference = null;
		if (!a.flag("json")) out.printf("%-8s %-10s %10s  %-12s %s%n", "run", "backend", "time (ms)", "max |Δ|", "decision");
		for (final String run : runs) {
			final OpRequest request = dispatch.op(GaussOp.ID).input(input).set("sigma", 2.0);
			if (!run.equals("auto")) request.on(run);
			final RandomAccessibleInterval<?> result = request.runImage();
			final CallRecord record = dispatch.trace().last();
			if (reference == null) reference = result;
			final double diff = Agreement.maxAbsDifference(reference, result);
			final String file = new File(outDir, "blur-" + run + ".tif").getPath();
			writeImage(result, file);
			final Map<String, Object> row = new LinkedHashMap<>();
			row.put("run", run);
			row.put("backend", record.backendId());
			row.put("millis", record.totalNanos() / 1e6);
			row.put("maxAbsDifference", diff);
			row.put("rationale", record.decision().rationale());
			row.put("output", file);
			rows.add(row);
			if (!a.flag("json")) out.printf(Locale.ROOT, "%-8s %-10s %10.1f  %-12s %s%n", run, record.backendId(),
				record.totalNanos() / 1e6, String.format(Locale.ROOT, "%.3g", diff), record.decision().rationale());
		}
		if (a.flag("json")) out.println(Json.write(rows));
		else out.println("results in " + outDir.getPath());
		return 0;
	}

	@SuppressWarnings("unchecked")
	private static void writeImage(final RandomAccessibleInterval<?> image, final String file) {
		ImageFiles.write((RandomAccessibleInterval<? extends RealType<?>>) image, file);
	}

	private static String extractSample(final File outDir) throws java.io.IOException {
		final File target = new File(outDir, "cell.png");
		try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
			if (in == null) throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
			Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
		}
		return target.getPath();
	}
}
