package io.github.fijidispatch.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.bench.BenchCase;
import io.github.fijidispatch.bench.BenchCatalog;
import io.github.fijidispatch.bench.BenchCell;
import io.github.fijidispatch.bench.BenchCells;
import io.github.fijidispatch.bench.BenchChart;
import io.github.fijidispatch.bench.BenchReport;
import io.github.fijidispatch.bench.BenchResults;
import io.github.fijidispatch.bench.BenchRunner;
import io.github.fijidispatch.bench.BenchSize;
import io.github.fijidispatch.bench.BenchSpec;
import io.github.fijidispatch.bench.CellReport;
import io.github.fijidispatch.bench.CellResult;
import io.github.fijidispatch.bench.CellRunner;
import io.github.fijidispatch.bench.Measurement;
import io.github.fijidispatch.bench.OutputModeBench;
import io.github.fijidispatch.bench.PythonPeer;
import io.github.fijidispatch.dispatch.CostModelFile;
import io.github.fijidispatch.dispatch.CostModelLocation;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.op.BadInputException;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code bench}: the op × size × backend benchmark matrix with ImageJ 1
 * peers and {@code auto}; writes CSV, markdown and a PNG chart, and with
 * {@code --calibrate} saves the measured costs for {@code auto}; with
 * {@code --cells} the named cells against their peers ({@link CellRunner}),
 * with {@code --output-modes} the output modes beside a memory-copy probe.
 */
@Plugin(type = Subcommand.class)
public class BenchCommand implements Subcommand {

	@Parameter
	private DispatchService dispatch;

	/** Timed calls per column of a bench cell when {@code --repeats} is not given. */
	static final int CELL_REPEATS = 9;

	/** Where progress goes (stderr; tests may silence it). */
	private PrintStream progress = System.err;

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "benchmarks ops × sizes × backends against ImageJ 1 and auto; calibrates auto";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch bench [--ops a,b] [--sizes 512,2048,128x128x128] [--backends imglib2,clij2]\n" +
			"                           [--repeats N] [--out DIR] [--calibrate] [--output-modes] [--json]\n" +
			"       fiji-dispatch bench --cells " + String.join("|", BenchCells.builtInNames()) + "|FILE [--backends a,b] [--repeats N] [--out DIR] [--json]\n" +
			"  --ops a,b        ops to measure (default " + String.join(",", BenchCatalog.DEFAULT_OPS) + ")\n" +
			"  --sizes s,t      N (N×N), WxH or WxHxD (default " + String.join(",", BenchSpec.DEFAULT_SIZES) + ")\n" +
			"  --backends a,b   fixed backends to measure (default: every available one)\n" +
			"  --repeats N      timed calls per column after the warm-up call (default " + BenchSpec.DEFAULT_REPEATS + ")\n" +
			"  --out DIR        where bench.csv, bench-transfers.csv, bench.md and bench.png go (default bench-results)\n" +
			"  --calibrate      save the measured costs to the cost-model file that auto loads\n" +
			"                   (-D" + CostModelLocation.PROPERTY + ", $" + CostModelLocation.ENV +
			", or ~/.config/fiji-dispatch/" + CostModelLocation.FILE_NAME + ")\n" +
			"  --output-modes   instead: one op (default " + OutputModeBench.DEFAULT_OP + ") on a float32 image (default " +
			OutputModeBench.DEFAULT_SIZE + ")\n" +
			"                   as a function, into a preallocated output and in place, beside two memory-copy\n" +
			"                   bandwidth probes, in alternating rounds; writes output-modes.md\n" +
			"  --cells L        instead: named cells (built-in " + String.join(", ", BenchCells.builtInNames()) +
			", or a file of lines\n" +
			"                   'name | op k=v ... | uint8|uint16|float32 SIZE random|mask=P% | peer ...'), each against\n" +
			"                   its peers on the same data: ij1, " + String.join(", ", PythonPeer.NAMES) + "\n" +
			"                   (Debian's python3-skimage, python3-scipy); default backend " + Backends.REFERENCE +
			", repeats " + CELL_REPEATS + "; writes cells.md";
	}

	/** Sends progress elsewhere ({@code null}: none). */
	public void setProgress(final PrintStream stream) {
		this.progress = stream;
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		final Arguments a = Arguments.parse(args, Arrays.asList("ops", "sizes", "backends", "repeats", "out", "cells"),
			Arrays.asList("calibrate", "json", "output-modes"), Collections.<String, String> emptyMap());
		if (!a.positional().isEmpty()) throw new IllegalArgumentException("unexpected words " + a.positional() + "; " + usage());
		if (a.option("cells") != null && (a.flag("output-modes") || a.flag("calibrate") || a.option("ops") != null || a
			.option("sizes") != null)) throw new IllegalArgumentException(
				"--cells names its own ops and sizes; it cannot be combined with --ops, --sizes, --calibrate or --output-modes");
		if (a.option("cells") != null) return cells(a, out);
		if (a.flag("output-modes")) return outputModes(a, out);
		final BenchCatalog catalog = new BenchCatalog();
		final List<BenchCase> cases = new ArrayList<>();
		for (final String op : list(a.option("ops"), BenchCatalog.DEFAULT_OPS))
			cases.add(catalog.get(dispatch.opDefinition(op).id()));
		final List<BenchSize> sizes = BenchSpec.parseSizes(list(a.option("sizes"), BenchSpec.DEFAULT_SIZES));
		final List<String> backends = backends(a.option("backends"));
		final int repeats = integer(a.option("repeats"), BenchSpec.DEFAULT_REPEATS);
		final BenchSpec spec = new BenchSpec(cases, sizes, backends, repeats, BenchSpec.DEFAULT_BUDGET_MILLIS);
		final File dir = outputFolder(a);

		final BenchRunner runner = new BenchRunner(dispatch, progress, spec);
		final BenchResults results = runner.run(spec);
		final Map<String, String> files = new LinkedHashMap<>();
		files.put("csv", write(new File(dir, "bench.csv"), BenchReport.csv(results)));
		files.put("transfers", write(new File(dir, "bench-transfers.csv"), BenchReport.roundTripCsv(results)));
		final String markdown = BenchReport.markdown(results);
		files.put("markdown", write(new File(dir, "bench.md"), markdown));
		final File png = new File(dir, "bench.png");
		BenchChart.write(results, png);
		files.put("chart", png.getPath());
		String calibration = null;
		if (a.flag("calibrate")) {
			final File model = CostModelLocation.resolve(System.getProperties(), System.getenv());
			CostModelFile.save(runner.model(), model);
			calibration = model.getPath();
		}
		if (a.flag("json")) out.println(Json.write(report(results, files, calibration)));
		else {
			out.print(markdown);
			out.println("wrote " + String.join(", ", files.values()));
			out.println(calibration != null ? "calibration saved to " + calibration + " (auto uses it from the next start)"
				: "calibration not saved (add --calibrate to let auto use these measurements)");
		}
		return 0;
	}

	/** {@code --output-modes}: the {@link OutputModeBench} cells of each op, size and backend. */
	private int outputModes(final Arguments a, final PrintStream out) throws IOException {
		final BenchCatalog catalog = new BenchCatalog();
		final List<String> defaultBackends = a.option("backends") == null ? Collections.singletonList(Backends.REFERENCE)
			: backends(a.option("backends"));
		final OutputModeBench bench = new OutputModeBench(dispatch);
		final StringBuilder markdown = new StringBuilder();
		final List<Object> runs = new ArrayList<>();
		final int rounds = integer(a.option("repeats"), 15);
		for (final String op : list(a.option("ops"), Collections.singletonList(OutputModeBench.DEFAULT_OP)))
			for (final BenchSize size : BenchSpec.parseSizes(list(a.option("sizes"), Collections.singletonList(
				OutputModeBench.DEFAULT_SIZE.toString()))))
				for (final String backend : defaultBackends) {
					final BenchCase c = catalog.get(dispatch.opDefinition(op).id());
					if (progress != null) progress.println("bench --output-modes: " + c.label() + " " + size + " on " + backend);
					final List<OutputModeBench.Cell> cells = bench.run(c, size, backend, rounds);
					markdown.append(OutputModeBench.markdown(c, size, backend, cells)).append('\n');
					final Map<String, Object> run = new LinkedHashMap<>();
					run.put("op", c.opId());
					run.put("size", size.toString());
					run.put("backend", backend);
					run.put("cells", OutputModeBench.rows(cells));
					runs.add(run);
				}
		final File dir = outputFolder(a);
		final String file = write(new File(dir, "output-modes.md"), markdown.toString());
		if (a.flag("json")) {
			final Map<String, Object> report = new LinkedHashMap<>();
			report.put("outputModes", runs);
			report.put("file", file);
			out.println(Json.write(report));
		}
		else out.print(markdown + "wrote " + file + "\n");
		return 0;
	}

	/** {@code --cells}: the {@link BenchCells} of a built-in list or file against their peers. */
	private int cells(final Arguments a, final PrintStream out) throws IOException {
		final List<BenchCell> cells = BenchCells.load(a.option("cells"));
		final List<String> backends = a.option("backends") == null ? Collections.singletonList(Backends.REFERENCE)
			: backends(a.option("backends"));
		final CellRunner runner = new CellRunner(dispatch, progress, backends, integer(a.option("repeats"), CELL_REPEATS));
		runner.validate(cells);
		final File dir = outputFolder(a);
		final String loadBefore = loadAverage();
		PythonPeer python = null;
		String pythonMissing = null;
		if (needsPython(cells)) {
			try {
				python = new PythonPeer(PythonPeer.defaultCommand());
			}
			catch (final IOException e) {
				pythonMissing = "the Python peers could not start (" + e.getMessage() + "): install Debian's python3, " +
					"python3-numpy, python3-skimage and python3-scipy";
			}
		}
		final List<CellResult> results;
		try {
			results = runner.run(cells, python, pythonMissing);
		}
		finally {
			if (python != null) python.close();
		}
		final String loadAfter = loadAverage();
		final String versions = python == null ? "" : python.versions();
		final String markdown = "bench --cells " + a.option("cells") + (loadBefore == null ? "" : " (load average " + loadBefore +
			" before, " + loadAfter + " after)") + "\n\n" + CellReport.markdown(results, versions);
		final String file = write(new File(dir, "cells.md"), markdown);
		if (a.flag("json")) {
			final Map<String, Object> report = new LinkedHashMap<>();
			report.put("cells", CellReport.rows(results));
			report.put("python", versions);
			report.put("loadAverageBefore", loadBefore);
			report.put("loadAverageAfter", loadAfter);
			report.put("file", file);
			out.println(Json.write(report));
		}
		else out.print(markdown + "wrote " + file + "\n");
		return 0;
	}

	private static boolean needsPython(final List<BenchCell> cells) {
		for (final BenchCell c : cells)
			for (final String peer : c.peers())
				if (!peer.equals(BenchCell.IJ1)) return true;
		return false;
	}

	/** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or {@code null} where there is none. */
	private static String loadAverage() {
		try {
			final String[] f = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/proc/loadavg")),
				java.nio.charset.StandardCharsets.US_ASCII).trim().split("\\s+");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (final IOException | RuntimeException e) {
			return null;
		}
	}

	private List<String> backends(final String option) {
		final List<String> ids = new ArrayList<>();
		if (option == null) {
			for (final Backend b : dispatch.backends())
				if (dispatch.availability(b).isYes()) ids.add(b.id());
			return ids;
		}
		for (final String id : list(option, Collections.<String> emptyList())) {
			final Backend b = dispatch.backend(id);
			if (b == null) {
				final List<String> known = new ArrayList<>();
				for (final Backend k : dispatch.backends())
					known.add(k.id());
				throw new IllegalArgumentException("--backends: unknown backend '" + id + "'; known: " + String.join(", ", known));
			}
			final Support s = dispatch.availability(b);
			if (!s.isYes()) throw new IllegalArgumentException("--backends: backend '" + id + "' is not available: " + s.reason());
			ids.add(id);
		}
		return ids;
	}

	private static List<String> list(final String option, final List<String> fallback) {
		if (option == null) return fallback;
		final List<String> items = new ArrayList<>();
		for (final String s : option.split(","))
			if (!s.trim().isEmpty()) items.add(s.trim());
		if (items.isEmpty()) throw new IllegalArgumentException("an empty list '" + option + "'; give comma-separated values");
		return items;
	}

	private static int integer(final String option, final int fallback) {
		if (option == null) return fallback;
		try {
			return Integer.parseInt(option.trim());
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException("--repeats must be a whole number, not '" + option + "'");
		}
	}

	private static String write(final File file, final String text) throws IOException {
		AtomicFile.writeText(file.toPath(), text);
		return file.getPath();
	}

	private static Map<String, Object> report(final BenchResults results, final Map<String, String> files, final String calibration) {
		final Map<String, Object> report = new LinkedHashMap<>();
		final List<Object> rows = new ArrayList<>();
		for (final Measurement m : results.measurements) {
			final Map<String, Object> row = new LinkedHashMap<>();
			row.put("op", m.opId);
			row.put("size", m.size.toString());
			row.put("column", m.column);
			row.put("resident", m.resident);
			row.put("repeats", m.repeats);
			row.put("warmupMillis", m.warmUpMillis);
			row.put("medianMillis", m.medianMillis);
			row.put("chosen", m.chosen);
			row.put("note", m.note);
			rows.add(row);
		}
		report.put("measurements", rows);
		final List<Object> cells = new ArrayList<>();
		for (final Measurement c : results.cells()) {
			final Map<String, Object> cell = new LinkedHashMap<>();
			cell.put("op", c.opId);
			cell.put("size", c.size.toString());
			cell.put("bestFixed", results.bestFixed(c.opId, c.size));
			cell.put("autoOverBest", results.autoOverBest(c.opId, c.size));
			cells.add(cell);
		}
		report.put("cells", cells);
		report.put("files", files);
		report.put("calibration", calibration);
		return report;
	}

	/** The {@code --out} folder (default {@code bench-results}), made if missing. */
	private static File outputFolder(final Arguments a) throws IOException {
		final File dir = new File(a.option("out", "bench-results"));
		if (dir.isFile()) throw new BadInputException("--out '" + dir + "' is a file; give a folder for the results",
			null, "out", dir.toString(), "a folder");
		if (!dir.isDirectory() && !dir.mkdirs()) throw new IOException("cannot create the folder " + dir);
		return dir;
	}
}
