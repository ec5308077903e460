package io.github.fijidispatch.block;

/**
 * A listener told of a run's first block, its last, and otherwise at most once per interval
 * ({@link ProgressListener#atMostEvery}). Not thread-safe on its own; the engine reports one block at a time.
 */
final class ThrottledProgress implements ProgressListener {

	private final long intervalMillis;
	private final ProgressListener listener;
	private long last = Long.MIN_VALUE;

	ThrottledProgress(final long intervalMillis, final ProgressListener listener) {
		if (intervalMillis < 0) throw new IllegalArgumentException("progress interval " + intervalMillis +
			" ms; expected 0 or more");
		this.intervalMillis = intervalMillis;
		this.listener = listener;
	}

	@Override
	public void blockDone(final String op, final int done, final int total, final long etaMillis) {
		final long now = System.currentTimeMillis();
		if (done < total && last != Long.MIN_VALUE && now - last < intervalMillis) return;
		last = now;
		listener.blockDone(op, done, total, etaMillis);
	}
}
