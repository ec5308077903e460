package io.github.fijidispatch.dispatch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts and times the host↔device conversions dispatch made, over the life
 * of the service. Thread-safe.
 */
public final class TransferStats {

	private final AtomicLong uploads = new AtomicLong();
	private final AtomicLong downloads = new AtomicLong();
	private final AtomicLong bytes = new AtomicLong();
	private final AtomicLong nanos = new AtomicLong();

	void upload(final long byteCount, final long time) {
		uploads.incrementAndGet();
		bytes.addAndGet(byteCount);
		nanos.addAndGet(time);
	}

	void download(final long byteCount, final long time) {
		downloads.incrementAndGet();
		bytes.addAndGet(byteCount);
		nanos.addAndGet(time);
	}

	public long uploads() {
		return uploads.get();
	}

	public long downloads() {
		return downloads.get();
	}

	public long bytes() {
		return bytes.get();
	}

	public long nanos() {
		return nanos.get();
	}

	@Override
	public String toString() {
		return uploads() + " uploads, " + downloads() + " downloads, " + bytes() + " bytes, " + nanos() / 1_000_000 + " ms";
	}
}
