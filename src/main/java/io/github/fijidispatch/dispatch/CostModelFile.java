package io.github.fijidispatch.dispatch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.github.fijidispatch.files.AtomicFile;

/**
 * Reads and writes a {@link CalibratedCostModel} as a tab-separated file, one
 * estimate per line:
 * <pre>
 * # fiji-dispatch cost model v2
 * compute   OP BACKEND DIMS BUCKET NS_PER_WORK  SAMPLES
 * warmup    OP BACKEND -    -      MILLIS       SAMPLES
 * transfer  -  BACKEND -    -      BYTES_PER_MS SAMPLES
 * </pre>
 * {@code BUCKET} is log2 of the pixel count; {@code NS_PER_WORK} nanoseconds
 * per unit of the implementation's work
 * ({@link io.github.fijidispatch.backend.OpImplementation#work}). Version 1
 * files (the same columns, with nanoseconds per pixel) still load: their
 * compute lines are read per unit of work, which is exact for every
 * implementation whose work is its pixel count (the default) and is
 * re-learnt within a few calls for the others (brute-force neighbourhood
 * kernels); the next save writes version 2. Lines starting with {@code #}
 * and blank lines are ignored. A file that cannot be read or parsed is
 * rejected as a whole: the model then starts from its priors and the caller
 * is warned once, never failing.
 */
public final class CostModelFile {

	static final String HEADER = "# fiji-dispatch cost model v2";
	/** The header of files written before compute lines were per unit of work. */
	static final String HEADER_V1 = "# fiji-dispatch cost model v1";
	private static final String COLUMNS = "# kind\top\tbackend\tdims\tbucket\tvalue\tsamples";

	private CostModelFile() {
		// NB: static holder
	}

	/**
	 * Loads a model from {@code file}. A missing file gives an uncalibrated
	 * model (priors) and a note on {@code info}; an unreadable or corrupt one
	 * gives an uncalibrated model and one message on {@code warn} naming the
	 * file, the line and the problem.
	 */
	public static CalibratedCostModel load(final File file, final Consumer<String> warn, final Consumer<String> info) {
		return load(file, UnaryOperator.identity(), warn, info);
	}

	/**
	 * As {@link #load(File, Consumer, Consumer)}, reading each op id through
	 * {@code currentOpId}: a file saved when an op had another id
	 * ({@code Op.deprecatedIds()}) loads under the current one.
	 */
	public static CalibratedCostModel load(final File file, final UnaryOperator<String> currentOpId,
		final Consumer<String> warn, final Consumer<String> info)
	{
		if (!file.exists()) {
			info.accept("no cost-model calibration at " + file + "; auto mode uses conservative priors until " +
				"'fiji-dispatch bench --calibrate' measures this machine");
			return new CalibratedCostModel();
		}
		try {
			final List<String> lines = Files.readAllLines(file.toPath(), StandardCharsets.UTF_8);
			if (!lines.isEmpty() && lines.get(0).trim().equals(HEADER_V1)) info.accept("the cost-model file " + file +
				" is version 1 (time per pixel): its compute times are read per unit of work; brute-force neighbourhood " +
				"kernels re-learn theirs within a few calls ('fiji-dispatch bench --calibrate' measures them at once)");
			return parse(lines, currentOpId);
		}
		catch (final IOException | RuntimeException e) {
			warn.accept("ignoring the cost-model file " + file + " (" + e.getMessage() + "); auto mode uses conservative " +
				"priors; recalibrate with 'fiji-dispatch bench --calibrate' or delete the file");
			return new CalibratedCostModel();
		}
	}

	/**
	 * Parses the lines of a cost-model file.
	 *
	 * @throws IllegalArgumentException naming the first bad line and what is wrong with it
	 */
	static CalibratedCostModel parse(final List<String> lines) {
		return parse(lines, UnaryOperator.identity());
	}

	/** As {@link #parse(List)}, reading each op id through {@code currentOpId}. */
	static CalibratedCostModel parse(final List<String> lines, final UnaryOperator<String> currentOpId) {
		final CalibratedCostModel model = new CalibratedCostModel();
		for (int n = 0; n < lines.size(); n++) {
			final String line = lines.get(n).trim();
			if (line.isEmpty() || line.startsWith("#")) continue;
			try {
				final String[] fields = line.split("\t", -1);
				if (fields.length > 1) fields[1] = currentOpId.apply(fields[1]);
				parseLine(model, fields);
			}
			catch (final IllegalArgumentException e) {
				throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage());
			}
		}
		return model;
	}

	private static void parseLine(final CalibratedCostModel model, final String[] f) {
		if (f.length != 7) throw new IllegalArgumentException("expected 7 tab-separated fields, found " + f.length);
		final double value = number(f[5], "value");
		final long samples = (long) number(f[6], "samples");
		if (!(value >= 0) || Double.isInfinite(value)) throw new IllegalArgumentException("value must be a finite number ≥ 0, not " + f[5]);
		switch (f[0]) {
			case "compute":
				model.seedCompute(CostKey.checked(f[1], f[2], (int) number(f[3], "dims")), (int) number(f[4], "bucket"), value, samples);
				break;
			case "warmup":
				model.seedWarmUp(CostKey.checked(f[1], f[2], 0), value, samples);
				break;
			case "transfer":
				if (!(value > 0)) throw new IllegalArgumentException("a bandwidth must be > 0, not " + f[5]);
				model.seedBandwidth(f[2], value, samples);
				break;
			default:
				throw new IllegalArgumentException("unknown kind '" + f[0] + "'; expected compute, warmup or transfer");
		}
	}

	private static double number(final String s, final String field) {
		try {
			return Double.parseDouble(s.trim());
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException(field + " must be a number, not '" + s + "'");
		}
	}

	/** Writes the model's current estimates to {@code file} (atomically, creating its folder). */
	public static void save(final CalibratedCostModel model, final File file) throws IOException {
		final List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		lines.add(COLUMNS);
		for (final Map.Entry<CostKey, SizeCurve> e : new TreeMap<>(model.computeCurves()).entrySet()) {
			final CostKey k = e.getKey();
			for (final Map.Entry<Integer, RecentMedian> b : e.getValue().buckets().entrySet())
				add(lines, "compute", k.opId, k.backendId, String.valueOf(k.dims), String.valueOf(b.getKey()), b.getValue());
		}
		for (final Map.Entry<CostKey, RecentMedian> e : new TreeMap<>(model.warmUps()).entrySet())
			add(lines, "warmup", e.getKey().opId, e.getKey().backendId, "-", "-", e.getValue());
		for (final Map.Entry<String, RecentMedian> e : new TreeMap<>(model.bandwidths()).entrySet())
			add(lines, "transfer", "-", e.getKey(), "-", "-", e.getValue());
		AtomicFile.writeText(file.toPath(), String.join("\n", lines) + "\n");
	}

	private static void add(final List<String> lines, final String kind, final String op, final String backend,
		final String dims, final String bucket, final RecentMedian estimate)
	{
		final double v = estimate.median();
		if (Double.isNaN(v)) return;
		lines.add(String.join("\t", kind, op, backend, dims, bucket, String.format(Locale.ROOT, "%.6g", v),
			String.valueOf(estimate.samples())));
	}
}
