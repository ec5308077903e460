package io.github.fijidispatch.fiji;

import io.github.fijidispatch.block.ProgressListener;
import io.github.fijidispatch.block.StatusProgress;
import io.github.fijidispatch.block.StderrProgress;
import ij.IJ;

import org.scijava.app.StatusService;

/**
 * A blockwise run's progress on the status bar: SciJava's (which imagej-legacy mirrors to ImageJ 1's in Fiji), and
 * ImageJ 1's own progress bar and status line when ImageJ 1 runs without imagej-legacy. The first block, the last,
 * and otherwise at most one update per {@link StatusProgress#INTERVAL_MILLIS} ms: each SciJava status update waits
 * for the event dispatch thread, and the engine's workers wait for the report.
 */
final class StatusBarProgress implements ProgressListener {

	private final StatusService status;
	private final boolean legacyActive;
	private final ProgressListener updates = ProgressListener.atMostEvery(StatusProgress.INTERVAL_MILLIS, this::show);

	/**
	 * @param status SciJava's status service, or {@code null} when the context has none
	 * @param legacyActive whether imagej-legacy mirrors SciJava's status to ImageJ 1 (Fiji)
	 */
	StatusBarProgress(final StatusService status, final boolean legacyActive) {
		this.status = status;
		this.legacyActive = legacyActive;
	}

	@Override
	public void blockDone(final String op, final int done, final int total, final long etaMillis) {
		updates.blockDone(op, done, total, etaMillis);
	}

	private void show(final String op, final int done, final int total, final long etaMillis) {
		final String line = StderrProgress.line(op, done, total, etaMillis);
		if (status != null) status.showStatus(done, total, line);
		if (!legacyActive) {
			IJ.showProgress(done, total);
			IJ.showStatus(line);
		}
	}
}
