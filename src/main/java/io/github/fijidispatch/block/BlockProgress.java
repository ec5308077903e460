package io.github.fijidispatch.block;

/**
 * Counts the blocks of one run and tells a listener after each, with an ETA from the mean time per block.
 * Thread-safe: blocks done on several threads are counted one at a time, and the listener hears them in count order.
 */
final class BlockProgress {

	private final String op;
	private final int total;
	private final ProgressListener listener;
	private final long start = System.nanoTime();
	private int done;

	BlockProgress(final String op, final int total, final ProgressListener listener) {
		this.op = op;
		this.total = total;
		this.listener = listener;
	}

	synchronized void blockDone() {
		done++;
		final long elapsed = System.nanoTime() - start;
		final long eta = done >= total ? 0 : elapsed / done * (total - done) / 1_000_000;
		listener.blockDone(op, done, Math.max(done, total), eta);
	}
}
