package io.github.fijidispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.Decision;
import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.dispatch.Provenance;
import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.ij.OutputFormat;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.UserParameters;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** {@code run}: one op on TIFF/PNG files, with the dispatch decision on request. */
@Plugin(type = Subcommand.class)
public class RunCommand implements Subcommand {

	@Parameter
	private DispatchService dispatch;

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String summary() {
		return "runs one op on TIFF/PNG files (ImageJ hyperstack TIFFs per volume) or, block by block, on OME-Zarr images";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch run OP -i IN [-i IN2] [-o OUT | --in-place] [--param k=v ...] [k=v ...]\n" +
			"                         [--backend B | --prefer a,b] [--mode auto|priority|off] [--explain] [--dry-run] [--json]\n" +
			"  -i, --input FILE   input image (TIFF, PNG or an OME-Zarr folder); repeat for ops with two inputs; an\n" +
			"                     ImageJ hyperstack TIFF (channels/frames) runs per volume and is written back with its layout\n" +
			"  -o, --output FILE  result: .tif/.png/.zarr for images, .csv/.json for tables (tables also print)\n" +
			"  -p, --param k=v    op parameter (see 'fiji-dispatch info'); per-axis values as 2,2,1\n" +
			"  --in-place         compute over the first input (point ops and conversions within a kind only);\n" +
			"                     without -o the result replaces the first input's file (temporary file, then rename)\n" +
			"  --backend B        run on backend B only; it is used or the call fails\n" +
			"  --prefer a,b       prefer these backends, in this order\n" +
			"  --mode M           auto (lowest predicted cost), priority, or off (reference backend only)\n" +
			"  --explain          print the dispatch decision (and run)\n" +
			"  --dry-run          print the decision without running\n" +
			"  --block N[,N,N]    run through the block engine by blocks of N pixels (x first); taken too when an input\n" +
			"                     or the output is OME-Zarr (a folder ending in .zarr; default block 1024^2 / 128^3):\n" +
			"                     inputs are read and the output written block by block (its chunks = the block)\n" +
			"  --overwrite        replace an existing OME-Zarr output (refused without it)\n" +
			"  --compressor C     an OME-Zarr output's compressor (as convert's); default " +
			BlockwiseRun.DEFAULT_COMPRESSOR;
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		final Map<String, String> aliases = new LinkedHashMap<>();
		aliases.put("i", "input");
		aliases.put("o", "output");
		aliases.put("p", "param");
		final Arguments a = Arguments.parse(args, Arrays.asList("input", "output", "param", "backend", "prefer", "mode",
			"block", "compressor"), Arrays.asList("explain", "dry-run", "json", "in-place", "overwrite"), aliases);
		if (a.positional().isEmpty()) throw new IllegalArgumentException("give exactly one op id; " + usage());
		// NB: a deprecated id names its op (with one warning); the run reports the current id.
		final Op op = dispatch.opDefinition(a.positional().get(0));
		final String opId = op.id();
		final Map<String, String> params = parameters(opId, parameterOptions(a, usage()));
		UserParameters.requireDeclared(op, params);
		if (a.option("mode") != null && DispatchMode.parse(a.option("mode")) == null)
			throw new BadInputException("--mode must be auto, priority or off, not '" + a.option("mode") + "'", null, "mode",
				a.option("mode"), "auto, priority, off");
		if (a.option("backend") != null && a.option("prefer") != null)
			throw new IllegalArgumentException("give --backend or --prefer, not both");
		if (BlockwiseRun.applies(a)) {
			if (a.option("mode") != null) dispatch.settings().setMode(DispatchMode.parse(a.option("mode")));
			return new BlockwiseRun(dispatch, op, a).run(params, out);
		}
		if (a.option("compressor") != null || a.flag("overwrite"))
			throw new IllegalArgumentException("--compressor and --overwrite apply to an OME-Zarr output (-o OUT.zarr) only");
		final boolean inPlace = a.flag("in-place");
		if (inPlace) requireInPlace(op);
		final String output = inPlace && a.option("output") == null && !a.options("input").isEmpty() ? a.options("input").get(0)
			: a.option("output");
		final boolean json = a.flag("json");
		if (output == null && op.outputKind() == OutputKind.IMAGE && !a.flag("dry-run"))
			throw new BadInputException("give -o OUT for the result image", opId, "output", null, ".tif, .tiff, .png");
		// NB: everything that can be known before reading the inputs is checked
		// first: a refused call reads nothing big and writes nothing.
		final Parameters resolved = op.resolve(params);
		final List<ImageInfo> headers = new ArrayList<>();
		for (final String path : a.options("input"))
			headers.add(InputHeaders.read(path));
		if (inPlace) requireFitsFirstInput(op, resolved, headers);
		Preflight.check(op, resolved, headers, output);

		if (HyperstackRun.anyHyperstack(a.options("input"))) return new HyperstackRun(dispatch).run(a, op, resolved, output,
			out);
		final OpRequest request = dispatch.op(opId).on(a.option("backend"));
		for (final String path : a.options("input"))
			request.input(ImageFiles.read(path));
		request.set(params);
		if (inPlace) request.inPlace();
		if (a.option("mode") != null) dispatch.settings().setMode(DispatchMode.parse(a.option("mode")));
		try (DispatchScope scope = a.option("prefer") == null ? null : dispatch.prefer(a.option("prefer").split("\\s*,\\s*"))) {
			final Decision decision = dispatch.explain(request);
			if (a.flag("dry-run")) {
				out.print(json ? Json.write(Decisions.toMap(decision)) + "\n" : decision.describe());
				return decision.isRunnable() ? 0 : 1;
			}
			if (a.flag("explain") && !json) out.print(decision.describe());
			final Object result = request.run();
			final CallRecord record = dispatch.trace().last();
			final Map<String, Object> report = new LinkedHashMap<>();
			report.put("op", opId);
			report.put("backend", record.backendId());
			if (record.tiled()) report.put("tiles", record.tiles());
			report.put("computeMillis", record.computeNanos() / 1e6);
			report.put("transferMillis", record.transferNanos() / 1e6);
			report.put("totalMillis", record.totalNanos() / 1e6);
			if (a.flag("explain")) report.put("decision", Decisions.toMap(record.decision()));
			final Provenance provenance = Provenance.of(record, resolved.asMap(), dispatch);
			report.put("provenance", provenance.toMap());
			if (result instanceof ResultTable) writeTable((ResultTable) result, output, json, out, report);
			else writeImage(result, output, provenance.toText(), report);
			if (json) out.println(Json.write(report));
			else out.println(String.format(Locale.ROOT, "%s ran on %s%s in %.1f ms%s", opId, record.backendId(),
				record.tiled() ? " (" + record.tiles() + " tiles)" : "", record.totalNanos() / 1e6, output == null ? "" : " → " + output) +
				(record.fellBack() ? " (after a fallback: " + record.attempts() + ")" : ""));
			return 0;
		}
	}

	/** {@code --in-place} is offered only for ops that allow it; the refusal lists them. */
	private void requireInPlace(final Op op) {
		if (op.allowsInPlace()) return;
		final List<String> allowed = new ArrayList<>();
		for (final Op o : dispatch.ops())
			if (o.allowsInPlace()) allowed.add(o.id());
		throw new BadInputException(op.id() + " cannot run --in-place: only point ops and conversions within a kind can (" +
			String.join(", ", allowed) + "); give -o OUT for a new image", op.id(), "in-place", null, String.join(", ", allowed));
	}

	/** In place, the result must have the first input's size and pixel type (known from its header). */
	private static void requireFitsFirstInput(final Op op, final Parameters params, final List<ImageInfo> headers) {
		if (headers.isEmpty() || headers.contains(null) || headers.size() != op.inputNames().size()) return;
		op.check(headers, params);
		final ImageInfo result = op.outputInfo(headers, params);
		if (!headers.get(0).equals(result)) throw new BadInputException(op.id() + " cannot run --in-place over input '" +
			op.inputNames().get(0) + "' (" + headers.get(0) + "): this call's result is " + result + "; give -o OUT", op.id(),
			"in-place", headers.get(0).toString(), result.toString());
	}

	/** The {@code --param name=value} options, then {@code name=value} words after the op id. */
	private static List<String> parameterOptions(final Arguments a, final String usage) {
		final List<String> options = new ArrayList<>(a.options("param"));
		for (final String word : a.positional().subList(1, a.positional().size())) {
			if (word.indexOf('=') <= 0) throw new IllegalArgumentException("give exactly one op id ('" + word +
				"' is a second one; parameters are name=value); " + usage);
			options.add(word);
		}
		return options;
	}

	/** The {@code --param name=value} options as a map; a name given twice is refused (naming both values). */
	static Map<String, String> parameters(final String opId, final List<String> options) {
		final Map<String, String> params = new LinkedHashMap<>();
		for (final String kv : options) {
			final int eq = kv.indexOf('=');
			if (eq <= 0) throw new BadInputException("--param needs name=value, not '" + kv + "'", opId, "param", kv, "name=value");
			final String name = kv.substring(0, eq).trim();
			final String value = kv.substring(eq + 1).trim();
			final String before = params.put(name, value);
			if (before != null) throw new BadInputException(opId + ": parameter '" + name + "' is given twice ('" + before +
				"' and '" + value + "'); give each --param once", opId, name, value, "one value per parameter");
		}
		return params;
	}

	@SuppressWarnings("unchecked")
	private static void writeImage(final Object result, final String output, final String info, final Map<String, Object> report)
		throws IOException
	{
		ImageFiles.write((RandomAccessibleInterval<? extends RealType<?>>) result, output, info);
		report.put("output", output);
	}

	/** Writes a table to {@code output} (CSV or JSON) if given, and prints it (or puts it into the JSON report). */
	static void writeTable(final ResultTable table, final String output, final boolean json, final PrintStream out,
		final Map<String, Object> report) throws IOException
	{
		if (output != null) {
			final OutputFormat format = OutputFormat.forResult("a table", OutputKind.TABLE, output);
			AtomicFile.writeText(Paths.get(output), format == OutputFormat.JSON ? table.toJson() : table.toCsv());
			report.put("output", output);
		}
		if (json) report.put("table", new Json.Raw(table.toJson()));
		else out.print(table.toCsv());
	}
}
