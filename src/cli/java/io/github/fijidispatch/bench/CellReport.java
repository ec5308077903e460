package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bench cells' results as a Markdown table (one row per cell, backend
 * and peer: project ms, peer ms, project ÷ peer) and as rows for JSON.
 * Below the table, each distinct thing a peer ran, once; a column that did
 * not run shows "–" and its reason there.
 */
public final class CellReport {

	private CellReport() {
		// NB: static holder
	}

	/** The table, then one note per column that did not run and what each peer ran. */
	public static String markdown(final List<CellResult> results, final String pythonVersions) {
		final StringBuilder sb = new StringBuilder();
		sb.append("| cell | op | input | backend | project ms | peer | peer ms | project ÷ peer |\n");
		sb.append("|---|---|---|---|---:|---|---:|---:|\n");
		final Set<String> ran = new LinkedHashSet<>();
		final List<String> notes = new ArrayList<>();
		for (final CellResult r : results)
			for (final Measurement p : r.project) {
				if (!p.ran()) notes.add(r.cell.name() + " on " + p.column + ": " + p.note);
				if (r.peers.isEmpty()) row(sb, r.cell, p, null);
				for (final Measurement peer : r.peers) {
					row(sb, r.cell, p, peer);
					if (peer.ran()) ran.add(peer.column + ": " + peer.note);
					else if (p == r.project.get(0)) notes.add(r.cell.name() + ", " + peer.column + ": " + peer.note);
				}
			}
		sb.append('\n');
		if (pythonVersions != null && !pythonVersions.isEmpty()) sb.append("Python peers: ").append(pythonVersions).append(
			".\n");
		for (final String r : ran)
			sb.append("- ").append(r).append('\n');
		for (final String n : notes)
			sb.append("- not run: ").append(n).append('\n');
		return sb.toString();
	}

	private static void row(final StringBuilder sb, final BenchCell c, final Measurement project, final Measurement peer) {
		sb.append("| ").append(c.name()).append(" | `").append(c.opLabel()).append("` | ").append(c.input()).append(" | ")
			.append(project.column).append(" | ").append(millis(project)).append(" | ");
		if (peer == null) sb.append("– | – | – |\n");
		else sb.append(peer.column).append(" | ").append(millis(peer)).append(" | ").append(ratio(CellResult.ratio(project,
			peer))).append(" |\n");
	}

	/** The results as JSON-ready rows: per cell its name, op, parameters, input, project and peer columns. */
	public static List<Object> rows(final List<CellResult> results) {
		final List<Object> rows = new ArrayList<>();
		for (final CellResult r : results) {
			final Map<String, Object> row = new LinkedHashMap<>();
			row.put("cell", r.cell.name());
			row.put("op", r.cell.opId());
			row.put("params", new LinkedHashMap<String, Object>(r.cell.params()));
			row.put("input", r.cell.input().toString());
			final List<Object> project = new ArrayList<>();
			for (final Measurement m : r.project)
				project.add(column(m, "backend"));
			row.put("project", project);
			final List<Object> peers = new ArrayList<>();
			for (final Measurement peer : r.peers) {
				final Map<String, Object> p = column(peer, "peer");
				final Map<String, Object> ratios = new LinkedHashMap<>();
				for (final Measurement m : r.project)
					ratios.put(m.column, finite(CellResult.ratio(m, peer)));
				p.put("projectOverPeer", ratios);
				peers.add(p);
			}
			row.put("peers", peers);
			rows.add(row);
		}
		return rows;
	}

	private static Map<String, Object> column(final Measurement m, final String key) {
		final Map<String, Object> c = new LinkedHashMap<>();
		c.put(key, m.column);
		c.put("ran", m.ran());
		c.put("medianMillis", finite(m.medianMillis));
		c.put("firstMillis", finite(m.warmUpMillis));
		c.put("repeats", m.repeats);
		c.put("note", m.note);
		return c;
	}

	/** {@code null} (JSON null) for NaN. */
	private static Double finite(final double v) {
		return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
	}

	static String millis(final Measurement m) {
		if (!m.ran()) return "–";
		final double v = m.medianMillis;
		return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f", v);
	}

	static String ratio(final double r) {
		return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f×", r);
	}
}
