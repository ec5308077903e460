package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The record one dispatched call leaves in the trace: the decision, every
 * attempt (with failures), the backend that produced the result, and where
 * the time went (transfers vs compute). A call run tile by tile says into how
 * many tiles ({@link #tiles()}); each tile leaves a record of its own (with
 * its transfers and compute time), and the call's record counts the tiled
 * run's whole time as compute.
 */
public final class CallRecord {

	/** The class of {@link Collections#singletonList}'s lists: immutable, so kept as they are. */
	private static final Class<?> SINGLETON = Collections.singletonList(null).getClass();

	private final long sequence;
	private final String thread;
	private final Decision decision;
	private final List<Attempt> attempts;
	private final String backendId;
	private final int uploads;
	private final int downloads;
	private final long transferNanos;
	private final long computeNanos;
	private final long totalNanos;
	private final int tiles;

	public CallRecord(final long sequence, final String thread, final Decision decision, final List<Attempt> attempts,
		final String backendId, final int uploads, final int downloads, final long transferNanos,
		final long computeNanos, final long totalNanos)
	{
		this(sequence, thread, decision, attempts, backendId, uploads, downloads, transferNanos, computeNanos, totalNanos, 0);
	}

	/** @param tiles how many tiles the result was computed in, 0 for a call run whole */
	public CallRecord(final long sequence, final String thread, final Decision decision, final List<Attempt> attempts,
		final String backendId, final int uploads, final int downloads, final long transferNanos,
		final long computeNanos, final long totalNanos, final int tiles)
	{
		this.tiles = tiles;
		this.sequence = sequence;
		this.thread = thread;
		this.decision = decision;
		// NB: most calls have one attempt: a singleton list, no array behind it (taken as it is when it is one)
		this.attempts = attempts.getClass() == SINGLETON ? attempts : attempts.size() == 1 ? Collections.singletonList(
			attempts.get(0)) : Collections.unmodifiableList(new ArrayList<>(attempts));
		this.backendId = backendId;
		this.uploads = uploads;
		this.downloads = downloads;
		this.transferNanos = transferNanos;
		this.computeNanos = computeNanos;
		this.totalNanos = totalNanos;
	}

	/** Position of the call among all calls of this dispatch service, from 1. */
	public long sequence() {
		return sequence;
	}

	public String thread() {
		return thread;
	}

	public String opId() {
		return decision.opId();
	}

	public Decision decision() {
		return decision;
	}

	public List<Attempt> attempts() {
		return attempts;
	}

	/** The backend whose result was returned, or {@code null} if the call failed. */
	public String backendId() {
		return backendId;
	}

	public boolean succeeded() {
		return backendId != null;
	}

	/** Whether a backend before the successful one failed. */
	public boolean fellBack() {
		return attempts.size() > 1 && succeeded();
	}

	public int uploads() {
		return uploads;
	}

	public int downloads() {
		return downloads;
	}

	public long transferNanos() {
		return transferNanos;
	}

	public long computeNanos() {
		return computeNanos;
	}

	public long totalNanos() {
		return totalNanos;
	}

	/** How many tiles the result was computed in on {@link #backendId()}'s device; 0 when it ran whole. */
	public int tiles() {
		return tiles;
	}

	public boolean tiled() {
		return tiles > 0;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "#%d %s on %s%s: %.3f ms compute, %d up/%d down %.3f ms transfer%s", sequence,
			opId(), backendId == null ? "no backend" : backendId, tiles > 0 ? " in " + tiles + " tiles" : "",
			computeNanos / 1e6, uploads, downloads, transferNanos / 1e6,
			attempts.size() > 1 || !succeeded() ? " " + attempts : "");
	}
}
