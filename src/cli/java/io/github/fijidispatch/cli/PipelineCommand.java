package io.github.fijidispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.block.BlockSource;
import io.github.fijidispatch.block.StderrProgress;
import io.github.fijidispatch.block.ZarrBlocks;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.StaleScratch;
import io.github.fijidispatch.ij.CalibratedImage;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.ij.OutputFormat;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.pipeline.Pipeline;
import io.github.fijidispatch.pipeline.PipelineFile;
import io.github.fijidispatch.pipeline.PipelinePlan;
import io.github.fijidispatch.pipeline.PipelineResult;
import io.github.fijidispatch.pipeline.PipelineRunner;
import io.github.fijidispatch.pipeline.PipelineValidator;
import io.github.fijidispatch.zarr.ChunkCodec;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code pipeline}: several ops from a pipeline file, each step through the block engine, OME-Zarr in and OME-Zarr
 * (or a table) out; see {@link PipelineRunner}. Everything is validated before the first block runs; {@code --check}
 * stops there and prints the plan.
 */
@Plugin(type = Subcommand.class)
public class PipelineCommand implements Subcommand {

	@Parameter
	private DispatchService dispatch;

	@Override
	public String name() {
		return "pipeline";
	}

	@Override
	public String summary() {
		return "runs a pipeline file (JSON steps) block by block, OME-Zarr in, OME-Zarr or a table out";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch pipeline FILE.json -i IN -o OUT [--block N[,N,N]] [--backend B] [--compressor C]\n" +
			"                              [--overwrite] [--check] [--json]\n" +
			"  FILE.json          {\"input\": \"raw\", \"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 2, \"name\": \"blurred\"},\n" +
			"                     {\"op\": \"label.measure\", \"inputs\": [\"labels\", \"raw\"]}, ...]}: each step an op, its\n" +
			"                     parameters, optionally a result name, inputs (default: the previous result) and a\n" +
			"                     backend for that step; validated before anything runs\n" +
			"  -i, --input IN     the input image: an OME-Zarr folder (read block by block) or a TIFF/PNG (read whole)\n" +
			"  -o, --output OUT   OUT.ome.zarr for an image result, OUT.csv/.json for a table (tables also print)\n" +
			"  --block N[,N,N]    block size, x first; default 1024^2 / 128^3; intermediates and output chunked by it\n" +
			"  --backend B        run every block of every step on backend B; default: auto per block\n" +
			"  --compressor C     compressor of the output and the intermediates; default " + BlockwiseRun.DEFAULT_COMPRESSOR +
			"\n" +
			"  --overwrite        replace an existing OME-Zarr output (refused without it)\n" +
			"  --check            validate the file against the input and print the plan, without running";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		final Map<String, String> aliases = new LinkedHashMap<>();
		aliases.put("i", "input");
		aliases.put("o", "output");
		final Arguments a = Arguments.parse(args, Arrays.asList("input", "output", "block", "backend", "compressor"), Arrays
			.asList("overwrite", "check", "json"), aliases);
		if (a.positional().size() != 1) throw new IllegalArgumentException("give exactly one pipeline file; " + usage());
		final String input = a.option("input");
		if (input == null) throw new BadInputException("pipeline: give -i IN (an OME-Zarr folder or a TIFF/PNG file)",
			null, "input", null, "an OME-Zarr image or a TIFF/PNG file");
		final Pipeline pipeline = PipelineFile.read(Paths.get(a.positional().get(0)));
		final ChunkCodec codec = ChunkCodecs.named(a.option("compressor", BlockwiseRun.DEFAULT_COMPRESSOR));
		if (a.option("backend") != null && dispatch.backend(a.option("backend")) == null) throw new BadInputException(
			"pipeline: unknown backend '" + a.option("backend") + "'; backends: " + backendIds(), null, "backend", a.option(
				"backend"), backendIds());
		final BlockSource source;
		final List<OmeAxis> axes;
		if (BlockwiseRun.isZarr(input)) {
			final OmeZarrImage image = OmeZarrImage.open(Paths.get(input));
			source = ZarrBlocks.source(Paths.get(input));
			axes = image.axes();
		}
		else {
			final CalibratedImage image = ImageFiles.readCalibrated(input);
			source = BlockSource.of(image.image());
			axes = image.axes();
		}
		final PipelinePlan plan = new PipelineValidator(dispatch).validate(pipeline, source.info(), axes);
		final String output = a.option("output");
		checkOutput(plan, input, output, a.flag("overwrite"));
		final long[] block = BlockwiseRun.blockSize(a.option("block"), source.info());
		final boolean json = a.flag("json");
		final Map<String, Object> report = new LinkedHashMap<>();
		if (a.flag("check")) {
			report.putAll(plan.toMap());
			report.put("blockSize", BlockwiseRun.sizeList(block));
			report.put("output", output);
			if (json) out.println(Json.write(report));
			else out.print(plan.describe() + "  → " + (output == null ? "printed table" : output) + ", blocks of " + Arrays
				.toString(block) + "; not run (--check)\n");
			return 0;
		}
		final long start = System.nanoTime();
		final Path scratchBeside = Paths.get(output != null ? output : input);
		for (final String line : StaleScratch.sweepBeside(scratchBeside))
			System.err.println(line);
		final PipelineResult result = new PipelineRunner(dispatch).on(a.option("backend")).progress(new StderrProgress())
			.log(System.err)
			.run(plan, source, plan.returnsTable() ? null : Paths.get(output), codec, a.flag("overwrite"), scratchBeside,
				block);
		final double millis = (System.nanoTime() - start) / 1e6;
		report.put("pipeline", pipeline.source());
		report.put("blockSize", BlockwiseRun.sizeList(block));
		report.put("totalMillis", millis);
		report.put("steps", result.steps());
		if (result.result() instanceof ResultTable) RunCommand.writeTable((ResultTable) result.result(), output, json, out,
			report);
		else report.put("output", output);
		if (json) out.println(Json.write(report));
		else out.println(String.format(Locale.ROOT, "pipeline %s: %d step(s) by blocks of %s in %.1f ms%s", pipeline
			.source(), plan.steps().size(), Arrays.toString(block), millis, output == null ? "" : " → " + output));
		return 0;
	}

	/**
	 * The output fits the result (an image to OME-Zarr, a table to .csv/.json or stdout), is not the input, and holds
	 * no data unless {@code --overwrite}: all checked before the first block runs.
	 */
	private static void checkOutput(final PipelinePlan plan, final String input, final String output,
		final boolean overwrite) throws IOException
	{
		final String what = "pipeline " + plan.pipeline().source();
		if (plan.returnsTable()) {
			if (output != null) OutputFormat.forResult(what, OutputKind.TABLE, output);
		}
		else if (output == null || !BlockwiseRun.isZarr(output)) throw new BadInputException(what + " returns an image " +
			"(step " + plan.last().number() + ", " + plan.last().op().id() + "): give -o OUT.ome.zarr" + (output == null
				? "" : ", not '" + output + "'"), plan.last().op().id(), "output", output, ".zarr");
		if (output == null) return;
		final Path target = Paths.get(output).toAbsolutePath().normalize();
		if (Paths.get(input).toAbsolutePath().normalize().equals(target)) throw new BadInputException(what +
			": the output '" + output + "' is the input; a pipeline never replaces its input: give another -o", null,
			"output", output, "a path that is not the input");
		if (!plan.returnsTable() && !overwrite && holdsData(target)) throw new BadInputException(what + ": the output '" +
			output + "' already holds data (refused unless --overwrite)", null, "output", output, "--overwrite or " +
				"a new path");
	}

	private String backendIds() {
		final java.util.List<String> ids = new java.util.ArrayList<>();
		for (final io.github.fijidispatch.backend.Backend b : dispatch.backends())
			ids.add(b.id());
		return String.join(", ", ids);
	}

	private static boolean holdsData(final Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return false;
		if (!Files.isDirectory(path)) return true;
		try (DirectoryStream<Path> s = Files.newDirectoryStream(path)) {
			return s.iterator().hasNext();
		}
	}
}
