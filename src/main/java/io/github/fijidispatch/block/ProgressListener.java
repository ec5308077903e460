package io.github.fijidispatch.block;

/**
 * Told after every block the engine finishes. The front decides where it
 * goes: {@link StderrProgress} writes a line, {@link StatusProgress} updates
 * SciJava's status bar.
 */
public interface ProgressListener {

	/** Nothing reported. */
	ProgressListener NONE = (op, done, total, etaMillis) -> {
		// NB: quiet on purpose
	};

	/** Tells every one of {@code listeners}, in order. */
	static ProgressListener all(final ProgressListener... listeners) {
		final ProgressListener[] copy = listeners.clone();
		return (op, done, total, etaMillis) -> {
			for (final ProgressListener l : copy)
				l.blockDone(op, done, total, etaMillis);
		};
	}

	/**
	 * {@code listener}, told of the first block, the last, and otherwise at most once per {@code intervalMillis}:
	 * for destinations that cost much per report. NB: SciJava's status bar is one: each update is delivered on the
	 * event dispatch thread while the block's worker waits.
	 */
	static ProgressListener atMostEvery(final long intervalMillis, final ProgressListener listener) {
		return new ThrottledProgress(intervalMillis, listener);
	}

	/**
	 * @param op the op id being run
	 * @param done blocks done so far, ≥ 1
	 * @param total blocks in the whole run (all passes)
	 * @param etaMillis the estimated time left, from the mean time per block so far
	 */
	void blockDone(String op, int done, int total, long etaMillis);
}
