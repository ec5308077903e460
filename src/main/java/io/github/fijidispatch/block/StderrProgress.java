package io.github.fijidispatch.block;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress as lines on a stream (standard error by default), at most one per
 * {@code interval} milliseconds and always the last: {@code filter.gauss: 12/64 blocks, ETA 3.1 s}.
 */
public final class StderrProgress implements ProgressListener {

	private final ProgressListener lines;

	public StderrProgress(final PrintStream out, final long intervalMillis) {
		lines = ProgressListener.atMostEvery(intervalMillis, (op, done, total, etaMillis) -> out.println(line(op, done,
			total, etaMillis)));
	}

	/** Standard error, at most a line a second. */
	public StderrProgress() {
		this(System.err, 1000);
	}

	@Override
	public void blockDone(final String op, final int done, final int total, final long etaMillis) {
		lines.blockDone(op, done, total, etaMillis);
	}

	/** The text of one report. */
	public static String line(final String op, final int done, final int total, final long etaMillis) {
		return String.format(Locale.ROOT, "%s: %d/%d blocks, ETA %.1f s", op, done, total, etaMillis / 1000.0);
	}
}
