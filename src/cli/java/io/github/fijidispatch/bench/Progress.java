package io.github.fijidispatch.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress indicator on a terminal stream (stderr): step count,
 * percentage, elapsed time and what is running, rewritten in place.
 */
public final class Progress {

	private final PrintStream out;
	private final int total;
	private final long start = System.nanoTime();
	private int done;
	private int width;

	/** @param out where to draw ({@code null}: silent) */
	public Progress(final PrintStream out, final int total) {
		this.out = out;
		this.total = Math.max(1, total);
	}

	/** Shows that {@code what} starts now. */
	public synchronized void step(final String what) {
		done++;
		if (out == null) return;
		final String line = String.format(Locale.ROOT, "bench [%d/%d] %3d%% %5.0fs  %s", Math.min(done, total), total,
			100 * Math.min(done, total) / total, (System.nanoTime() - start) / 1e9, what);
		final StringBuilder sb = new StringBuilder("\r").append(line);
		for (int i = line.length(); i < width; i++)
			sb.append(' ');
		width = line.length();
		out.print(sb);
		out.flush();
	}

	/** Ends the line. */
	public synchronized void finish() {
		if (out == null) return;
		out.println(String.format(Locale.ROOT, "\rbench done: %d steps in %.0f s%s", done, (System.nanoTime() - start) / 1e9,
			width > 40 ? String.format("%" + (width - 30) + "s", "") : ""));
		out.flush();
	}
}
