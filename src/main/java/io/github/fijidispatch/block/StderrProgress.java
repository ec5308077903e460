package io.github.fijidispatch.block;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress as lines on a stream (standard error by default), at most one per
 * {@code interval} milliseconds and always the last: {@code filter.gauss: 12/64 blocks, ETA 3.1 s}.
 */
public final class StderrProgress implements ProgressListener {

	private final PrintStream out;
	private final long intervalMillis;
	private long last = Long.MIN_VALUE;

	public StderrProgress(final PrintStream out, final long intervalMillis) {
		this.out = out;
		this.intervalMillis = intervalMillis;
	}

	/** Standard error, at most a line a second. */
	public StderrProgress() {
		this(System.err, 1000);
	}

	@Override
	public void blockDone(final String op, final int done, final int total, final long etaMillis) {
		final long now = System.currentTimeMillis();
		if (done < total && last != Long.MIN_VALUE && now - last < intervalMillis) return;
		last = now;
		out.println(line(op, done, total, etaMillis));
	}

	/** The text of one report. */
	public static String line(final String op, final int done, final int total, final long etaMillis) {
		return String.format(Locale.ROOT, "%s: %d/%d blocks, ETA %.1f s", op, done, total, etaMillis / 1000.0);
	}
}
