package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.RandomAccessibleInterval;

/**
 * The books of one attempt on one backend: every transfer it made (counted
 * and timed here and in the service's {@link TransferStats}, and fed to the
 * cost model's bandwidth estimate of the backend it copied to or from) and every native
 * image it holds that the caller will not get. A temporary stays on the
 * books until it is released or handed over to the caller, so that whatever
 * fails, {@link #releaseAll} frees everything the attempt made. Not
 * thread-safe: one attempt, one thread.
 */
final class TransferLedger {

	private final Backend backend;
	private final TransferStats totals;
	private final CostEstimates costs;
	/** The first temporary: most attempts hold one at most, and need no list for it. */
	private Object firstTemporary;
	/** The temporaries after the first, in order; {@code null} until there is a second. */
	private List<Object> moreTemporaries;
	private int uploads;
	private int downloads;
	private long transferNanos;

	/**
	 * @param backend the backend whose native images are the temporaries
	 * @param totals the service-wide counts, which every transfer also feeds
	 * @param costs the cost estimates, which learn the bandwidth of every transfer
	 */
	TransferLedger(final Backend backend, final TransferStats totals, final CostEstimates costs) {
		this.backend = backend;
		this.totals = totals;
		this.costs = costs;
	}

	/** Uploads {@code host} to {@code target}, counted; the caller decides whether the copy is a {@link #hold temporary}. */
	Object upload(final Backend target, final RandomAccessibleInterval<?> host, final ImageInfo info) {
		final long start = System.nanoTime();
		final Object uploaded = target.upload(host);
		final long time = System.nanoTime() - start;
		uploads++;
		transferNanos += time;
		totals.upload(info.bytes(), time);
		costs.observeTransfer(target.id(), info.bytes(), time);
		return uploaded;
	}

	/** Downloads one of {@code from}'s native images, counted. */
	RandomAccessibleInterval<?> download(final Backend from, final Object image, final ImageInfo info) {
		final long start = System.nanoTime();
		final RandomAccessibleInterval<?> host = from.download(image);
		final long time = System.nanoTime() - start;
		downloads++;
		transferNanos += time;
		totals.download(info.bytes(), time);
		costs.observeTransfer(from.id(), info.bytes(), time);
		return host;
	}

	/** Puts a native image of the backend on the books: it is released at the end unless handed over. */
	void hold(final Object nativeImage) {
		if (firstTemporary == null && (moreTemporaries == null || moreTemporaries.isEmpty())) firstTemporary = nativeImage;
		else {
			if (moreTemporaries == null) moreTemporaries = new ArrayList<>(2);
			moreTemporaries.add(nativeImage);
		}
	}

	/** Takes a native image off the books: it now belongs to the caller. */
	void handOver(final Object nativeImage) {
		if (firstTemporary != null && firstTemporary.equals(nativeImage)) firstTemporary = moreTemporaries == null ||
			moreTemporaries.isEmpty() ? null : moreTemporaries.remove(0);
		else if (moreTemporaries != null) moreTemporaries.remove(nativeImage);
	}

	/**
	 * Releases every temporary, in the order they were put on the books,
	 * trying each even when one fails.
	 *
	 * @return the first failure (later ones suppressed in it), or {@code null}
	 */
	RuntimeException releaseAll() {
		RuntimeException failure = null;
		while (firstTemporary != null) {
			final Object next = firstTemporary;
			firstTemporary = moreTemporaries == null || moreTemporaries.isEmpty() ? null : moreTemporaries.remove(0);
			try {
				backend.release(next);
			}
			catch (final RuntimeException e) {
				if (failure == null) failure = e;
				else failure.addSuppressed(e);
			}
		}
		return failure;
	}

	/** Whether any native image is on the books. */
	boolean holdsAny() {
		return firstTemporary != null || moreTemporaries != null && !moreTemporaries.isEmpty();
	}

	int uploads() {
		return uploads;
	}

	int downloads() {
		return downloads;
	}

	long transferNanos() {
		return transferNanos;
	}
}
