package io.github.fijidispatch.block;

import org.scijava.Context;
import org.scijava.app.StatusService;

/**
 * Progress on SciJava's status bar: the block count as progress, the ETA in the message; the first block, the last,
 * and otherwise at most one update per {@value #INTERVAL_MILLIS} ms (each update waits for the event dispatch
 * thread).
 */
public final class StatusProgress implements ProgressListener {

	/** The least time between two updates of a status bar, but for a run's last. */
	public static final long INTERVAL_MILLIS = 100;

	private final ProgressListener updates;

	public StatusProgress(final StatusService status) {
		updates = ProgressListener.atMostEvery(INTERVAL_MILLIS, (op, done, total, etaMillis) -> status.showStatus(done,
			total, StderrProgress.line(op, done, total, etaMillis)));
	}

	/** Progress on the status bar of {@code context} when it has a {@link StatusService}; else {@link ProgressListener#NONE}. */
	public static ProgressListener forContext(final Context context) {
		final StatusService status = context.getService(StatusService.class);
		return status == null ? ProgressListener.NONE : new StatusProgress(status);
	}

	@Override
	public void blockDone(final String op, final int done, final int total, final long etaMillis) {
		updates.blockDone(op, done, total, etaMillis);
	}
}
