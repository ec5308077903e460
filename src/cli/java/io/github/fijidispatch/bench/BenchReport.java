package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes benchmark results as CSV (one row per cell and column, plus the
 * round trips) and as a markdown table per cell: milliseconds per column,
 * speed-up of each backend over ImageJ 1, auto's time over the best fixed
 * backend's host-call time, and a summary (worst and median auto/best).
 */
public final class BenchReport {

	private BenchReport() {
		// NB: static holder
	}

	public static final String CSV_HEADER = "op,size,pixels,column,resident,repeats,warmup_ms,median_ms,min_ms,chosen,note";

	public static String csv(final BenchResults results) {
		final StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
		for (final Measurement m : results.measurements)
			sb.append(String.join(",", m.opId, m.size.toString(), String.valueOf(m.size.pixelCount()), m.column,
				String.valueOf(m.resident), String.valueOf(m.repeats), number(m.warmUpMillis), number(m.medianMillis),
				number(m.minMillis), quote(m.chosen), quote(m.note))).append('\n');
		return sb.toString();
	}

	public static final String ROUND_TRIP_HEADER = "backend,size,bytes,upload_ms,download_ms,round_trip_ms";

	public static String roundTripCsv(final BenchResults results) {
		final StringBuilder sb = new StringBuilder(ROUND_TRIP_HEADER).append('\n');
		for (final RoundTrip r : results.roundTrips)
			sb.append(String.join(",", r.backendId, r.size.toString(), String.valueOf(r.bytes), number(r.uploadMillis),
				number(r.downloadMillis), number(r.millis()))).append('\n');
		return sb.toString();
	}

	public static String markdown(final BenchResults results) {
		final StringBuilder sb = new StringBuilder("# fiji-dispatch bench\n\n");
		sb.append("Median of repeats in ms (first call excluded; it is in the CSV as warmup_ms). Device backends run on data ")
			.append("already on the device; one host round trip per size is listed below, and \"best fixed\" adds it to their ")
			.append("time for a host-data call, as `auto` makes one. Speed-up = ImageJ 1 time / backend time.\n\n");
		for (final String device : results.devices.keySet())
			sb.append("- `").append(device).append("`: ").append(results.devices.get(device)).append('\n');
		sb.append('\n');
		final List<String> header = new ArrayList<>(Arrays.asList("op", "size", "ImageJ 1"));
		header.addAll(results.backends);
		header.addAll(Arrays.asList("auto (chose)", "best fixed"));
		for (final String b : results.backends)
			header.add(b + " vs IJ1");
		header.add("auto / best");
		row(sb, header);
		final List<String> rule = new ArrayList<>();
		for (int i = 0; i < header.size(); i++)
			rule.add(i < 2 ? "---" : "---:");
		row(sb, rule);
		final List<Double> ratios = new ArrayList<>();
		int choseBest = 0;
		String worst = "";
		double worstRatio = Double.NaN;
		for (final Measurement cell : results.cells()) {
			final String op = cell.opId;
			final BenchSize size = cell.size;
			// NB: a cell where nothing ran (e.g. a z projection of a 2D image) is listed under "Not run" only
			if (!results.anyRan(op, size)) continue;
			final List<String> r = new ArrayList<>(Arrays.asList(op, size.toString(), millis(results.find(op, size, Measurement.IJ1))));
			for (final String b : results.backends)
				r.add(millis(results.find(op, size, b)));
			final Measurement auto = results.find(op, size, Measurement.AUTO);
			r.add(millis(auto) + (auto != null && auto.ran() ? " (" + auto.chosen + ")" : ""));
			final String best = results.bestFixed(op, size);
			r.add(best == null ? "–" : number(results.hostCallMillis(op, size, best)) + " (" + best + ")");
			for (final String b : results.backends)
				r.add(ratio(results.speedUpOverIj1(op, size, b)));
			final double autoOverBest = results.autoOverBest(op, size);
			r.add(ratio(autoOverBest));
			row(sb, r);
			if (!Double.isNaN(autoOverBest)) {
				ratios.add(autoOverBest);
				if (auto.chosen.equals(best)) choseBest++;
				if (Double.isNaN(worstRatio) || autoOverBest > worstRatio) {
					worstRatio = autoOverBest;
					worst = op + " " + size;
				}
			}
		}
		sb.append('\n');
		if (!ratios.isEmpty()) {
			final double[] sorted = new double[ratios.size()];
			for (int i = 0; i < sorted.length; i++)
				sorted[i] = ratios.get(i);
			Arrays.sort(sorted);
			sb.append(String.format(Locale.ROOT, "auto / best fixed: median %.2f×, worst %.2f× (%s), %d of %d cells ≤ 1.10×; " +
				"auto chose the best fixed backend in %d of %d cells%n%n", Repeats.median(sorted), worstRatio, worst,
				countAtMost(sorted, 1.10), sorted.length, choseBest, sorted.length));
		}
		if (!results.roundTrips.isEmpty()) {
			sb.append("| backend | size | upload ms | download ms | round trip ms |\n|---|---|---:|---:|---:|\n");
			for (final RoundTrip t : results.roundTrips)
				sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", t.backendId, t.size, number(t.uploadMillis),
					number(t.downloadMillis), number(t.millis())));
			sb.append('\n');
		}
		final List<String> notes = new ArrayList<>();
		for (final Measurement m : results.measurements) {
			if (m.ran()) continue;
			final boolean wholeCell = !results.anyRan(m.opId, m.size);
			final String note = "- " + m.opId + " " + m.size + (wholeCell ? "" : " " + m.column) + ": " + m.note;
			if (!notes.contains(note)) notes.add(note);
		}
		if (!notes.isEmpty()) sb.append("Not run:\n\n").append(String.join("\n", notes)).append("\n");
		return sb.toString();
	}

	private static int countAtMost(final double[] values, final double limit) {
		int n = 0;
		for (final double v : values)
			if (v <= limit) n++;
		return n;
	}

	private static void row(final StringBuilder sb, final List<String> cells) {
		sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}

	private static String millis(final Measurement m) {
		return m == null || !m.ran() ? "–" : number(m.medianMillis);
	}

	private static String ratio(final double r) {
		return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f×", r);
	}

	static String number(final double v) {
		if (Double.isNaN(v)) return "";
		return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.3f", v);
	}

	private static String quote(final String s) {
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
		return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
	}
}
