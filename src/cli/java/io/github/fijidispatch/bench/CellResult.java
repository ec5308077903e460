package io.github.fijidispatch.bench;

import java.util.Collections;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link BenchCell} measured: the project's call on each backend
 * and each peer on the same data, as {@link Measurement}s whose column is the
 * backend id or the peer's name and whose note says what ran (or why not).
 */
public final class CellResult {

	public final BenchCell cell;
	/** One per backend, in the order measured. */
	public final List<Measurement> project;
	/** One per peer of the cell, in its order. */
	public final List<Measurement> peers;

	public CellResult(final BenchCell cell, final List<Measurement> project, final List<Measurement> peers) {
		this.cell = cell;
		this.project = Collections.unmodifiableList(new ArrayList<>(project));
		this.peers = Collections.unmodifiableList(new ArrayList<>(peers));
	}

	/** project ÷ peer median time (below 1: the project is faster); {@code NaN} when either did not run. */
	public static double ratio(final Measurement project, final Measurement peer) {
		if (!project.ran() || !peer.ran() || peer.medianMillis <= 0) return Double.NaN;
		return project.medianMillis / peer.medianMillis;
	}
}
