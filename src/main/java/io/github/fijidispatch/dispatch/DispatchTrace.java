package io.github.fijidispatch.dispatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent call records, bounded: the oldest record goes when a new
 * one arrives at capacity. Thread-safe.
 */
public final class DispatchTrace {

	public static final int DEFAULT_CAPACITY = 1000;

	private final int capacity;
	private final ArrayDeque<CallRecord> records;

	public DispatchTrace(final int capacity) {
		if (capacity < 1) throw new IllegalArgumentException("trace capacity must be at least 1, not " + capacity);
		this.capacity = capacity;
		this.records = new ArrayDeque<>(Math.min(capacity, 1024));
	}

	public int capacity() {
		return capacity;
	}

	synchronized void add(final CallRecord record) {
		if (records.size() == capacity) records.removeFirst();
		records.addLast(record);
	}

	/** The records, oldest first. */
	public synchronized List<CallRecord> records() {
		return new ArrayList<>(records);
	}

	/** The newest record, or {@code null}. */
	public synchronized CallRecord last() {
		return records.peekLast();
	}

	public synchronized int size() {
		return records.size();
	}

	public synchronized void clear() {
		records.clear();
	}
}
