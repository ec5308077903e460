package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a benchmark run measured: one {@link Measurement} per cell and
 * column, one {@link RoundTrip} per device backend and size, and the
 * backends' device facts.
 */
public final class BenchResults {

	public final List<String> backends;
	public final List<Measurement> measurements;
	public final List<RoundTrip> roundTrips;
	public final Map<String, String> devices;

	public BenchResults(final List<String> backends, final List<Measurement> measurements, final List<RoundTrip> roundTrips,
		final Map<String, String> devices)
	{
		this.backends = Collections.unmodifiableList(new ArrayList<>(backends));
		this.measurements = Collections.unmodifiableList(new ArrayList<>(measurements));
		this.roundTrips = Collections.unmodifiableList(new ArrayList<>(roundTrips));
		this.devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
	}

	/** The measurement of a column in a cell, or {@code null}. */
	public Measurement find(final String opId, final BenchSize size, final String column) {
		for (final Measurement m : measurements)
			if (m.opId.equals(opId) && m.size.equals(size) && m.column.equals(column)) return m;
		return null;
	}

	/** The round trip of a backend at a size, or {@code null} (host backends have none). */
	public RoundTrip roundTrip(final String backendId, final BenchSize size) {
		for (final RoundTrip r : roundTrips)
			if (r.backendId.equals(backendId) && r.size.equals(size)) return r;
		return null;
	}

	/** The cells (op, size) in run order. */
	public List<Measurement> cells() {
		final List<Measurement> cells = new ArrayList<>();
		for (final Measurement m : measurements)
			if (find(cells, m) == null) cells.add(m);
		return cells;
	}

	/** Whether any column of the cell ran. */
	public boolean anyRan(final String opId, final BenchSize size) {
		for (final Measurement m : measurements)
			if (m.opId.equals(opId) && m.size.equals(size) && m.ran()) return true;
		return false;
	}

	private static Measurement find(final List<Measurement> cells, final Measurement m) {
		for (final Measurement c : cells)
			if (c.opId.equals(m.opId) && c.size.equals(m.size)) return c;
		return null;
	}

	/**
	 * What a call on host data costs on a fixed backend in this cell: its
	 * median, plus one round trip for a device backend (its median is measured
	 * on resident data). {@code NaN} when it did not run.
	 */
	public double hostCallMillis(final String opId, final BenchSize size, final String backendId) {
		final Measurement m = find(opId, size, backendId);
		if (m == null || !m.ran()) return Double.NaN;
		final RoundTrip r = m.resident ? roundTrip(backendId, size) : null;
		return m.medianMillis + (r == null ? 0 : r.millis());
	}

	/** The fixed backend with the lowest {@link #hostCallMillis} in a cell, or {@code null}. */
	public String bestFixed(final String opId, final BenchSize size) {
		String best = null;
		double bestMillis = Double.POSITIVE_INFINITY;
		for (final String b : backends) {
			final double t = hostCallMillis(opId, size, b);
			if (t < bestMillis) {
				bestMillis = t;
				best = b;
			}
		}
		return best;
	}

	/** {@code auto}'s median over the best fixed backend's host-call time; {@code NaN} when either is missing. */
	public double autoOverBest(final String opId, final BenchSize size) {
		final Measurement auto = find(opId, size, Measurement.AUTO);
		final String best = bestFixed(opId, size);
		if (auto == null || !auto.ran() || best == null) return Double.NaN;
		return auto.medianMillis / hostCallMillis(opId, size, best);
	}

	/** ImageJ 1's median over a backend's (a speed-up: above 1 the backend is faster); {@code NaN} when either is missing. */
	public double speedUpOverIj1(final String opId, final BenchSize size, final String backendId) {
		final Measurement ij1 = find(opId, size, Measurement.IJ1);
		final Measurement b = find(opId, size, backendId);
		if (ij1 == null || b == null || !ij1.ran() || !b.ran()) return Double.NaN;
		return ij1.medianMillis / b.medianMillis;
	}
}
