package io.github.fijidispatch.block;

import org.scijava.Context;
import org.scijava.app.StatusService;

/** Progress on SciJava's status bar: the block count as progress, the ETA in the message. */
public final class StatusProgress implements ProgressListener {

	private final StatusService status;

	public StatusProgress(final StatusService status) {
		this.status = status;
	}

	/** Progress on the status bar of {@code context} when it has a {@link StatusService}; else {@link ProgressListener#NONE}. */
	public static ProgressListener forContext(final Context context) {
		final StatusService status = context.getService(StatusService.class);
		return status == null ? ProgressListener.NONE : new StatusProgress(status);
	}

	@Override
	public void blockDone(final String op, final int done, final int total, final long etaMillis) {
		status.showStatus(done, total, StderrProgress.line(op, done, total, etaMillis));
	}
}
