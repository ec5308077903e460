package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The most recent call records, bounded: the oldest record goes when a new
 * one arrives at capacity. Thread-safe and lock-free: adding a record claims
 * the next position of a ring with one atomic increment and publishes the
 * record in its slot, so calls on many threads never wait for each other to
 * leave their records. Each slot carries a stamp (the position it holds, or
 * {@link #WRITING} while it is being rewritten); readers take a record only
 * when the stamp before and after reading it names the position they look
 * for, so they never see a half-replaced slot or an overwritten record in a
 * newer one's place. A record whose slot is still being written is not yet
 * visible; every record is complete when seen.
 */
public final class DispatchTrace {

	public static final int DEFAULT_CAPACITY = 1000;

	/** The stamp of a slot being rewritten. */
	private static final long WRITING = -1;

	private final int capacity;
	private final AtomicReferenceArray<CallRecord> slots;
	/** Per slot: 1 + the position whose record it holds, 0 when empty, {@link #WRITING} meanwhile. */
	private final AtomicLongArray stamps;
	/** The next position to claim. */
	private final AtomicLong tail = new AtomicLong();
	/** Positions below this were cleared. */
	private volatile long floor;

	public DispatchTrace(final int capacity) {
		if (capacity < 1) throw new IllegalArgumentException("trace capacity must be at least 1, not " + capacity);
		this.capacity = capacity;
		this.slots = new AtomicReferenceArray<>(capacity);
		this.stamps = new AtomicLongArray(capacity);
	}

	public int capacity() {
		return capacity;
	}

	void add(final CallRecord record) {
		publish(claim(), record);
	}

	/** Claims the next position: every position is claimed once, in increasing order, from 0. */
	long claim() {
		return tail.getAndIncrement();
	}

	/** Leaves {@code record} at a position {@link #claim claimed} for it. */
	void publish(final long position, final CallRecord record) {
		final int slot = (int) (position % capacity);
		// NB: ordered stores (lazySet): the stamp says "being written" before the slot changes, and names the
		// position only once the record is in; readers check the stamp before and after reading the slot.
		stamps.lazySet(slot, WRITING);
		slots.lazySet(slot, record);
		stamps.lazySet(slot, position + 1);
	}

	/** The records, oldest first. */
	public List<CallRecord> records() {
		final long end = tail.get();
		final long start = first(end);
		final List<CallRecord> out = new ArrayList<>((int) (end - start));
		for (long p = start; p < end; p++) {
			final CallRecord r = at(p);
			if (r != null) out.add(r);
		}
		return out;
	}

	/** The newest record, or {@code null}. */
	public CallRecord last() {
		final long end = tail.get();
		final long start = first(end);
		for (long p = end - 1; p >= start; p--) {
			final CallRecord r = at(p);
			if (r != null) return r;
		}
		return null;
	}

	/**
	 * The newest record of calls made on the thread named {@code thread}, or {@code null}: a scan from the newest
	 * record back, without copying the ring (for a caller that wants its own thread's last call among many threads').
	 */
	public CallRecord lastOf(final String thread) {
		final long end = tail.get();
		final long start = first(end);
		for (long p = end - 1; p >= start; p--) {
			final CallRecord r = at(p);
			if (r != null && thread.equals(r.thread())) return r;
		}
		return null;
	}

	/** {@link #lastOf} the calling thread: the newest record of a call this thread made, or {@code null}. */
	public CallRecord lastOfCallingThread() {
		return lastOf(Thread.currentThread().getName());
	}

	public int size() {
		final long end = tail.get();
		final long start = first(end);
		int n = 0;
		for (long p = start; p < end; p++)
			if (at(p) != null) n++;
		return n;
	}

	/** Forgets every record added so far. */
	public void clear() {
		floor = tail.get();
	}

	/** The oldest position still in the ring, given the next one to claim. */
	private long first(final long end) {
		return Math.max(floor, end - capacity);
	}

	/** The record at {@code position}, or {@code null} when its slot is being written or already holds a newer one. */
	private CallRecord at(final long position) {
		final int slot = (int) (position % capacity);
		final long stamp = position + 1;
		if (stamps.get(slot) != stamp) return null;
		final CallRecord r = slots.get(slot);
		return stamps.get(slot) == stamp ? r : null;
	}
}
