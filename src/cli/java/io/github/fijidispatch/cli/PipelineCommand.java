package io.github.fijidispatch.cli;

import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.block.StderrProgress;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.pipeline.Pipeline;
import io.github.fijidispatch.pipeline.PipelineCall;
import io.github.fijidispatch.pipeline.PipelinePlan;
import io.github.fijidispatch.pipeline.PipelineResult;

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
		final PipelineCall call = new PipelineCall(dispatch).compressor(a.option("compressor")).on(a.option("backend"))
			.overwrite(a.flag("overwrite")).progress(new StderrProgress()).log(System.err);
		final String output = a.option("output");
		final PipelineCall.Prepared prepared = call.prepare(Paths.get(a.positional().get(0)), input, output, a.option(
			"block"), "--block");
		final PipelinePlan plan = prepared.plan();
		final Pipeline pipeline = plan.pipeline();
		final long[] block = prepared.block();
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
		final PipelineResult result = call.run(prepared);
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
}
