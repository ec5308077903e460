package io.github.fijidispatch.zarr;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded chunks of one array kept for reuse by {@link ZarrArray#read(long[], int[], Object, ChunkCache)}: a viewer
 * that shows one plane at a time reads each chunk once for all the planes it holds, not once per plane. The least
 * recently used chunks are dropped first so that the cache never holds more than its byte limit (a chunk larger
 * than the limit is read but not kept). Thread-safe. Cached chunks must not be modified.
 */
public final class ChunkCache {

	/** The largest default: {@value} MiB. */
	public static final long MAX_DEFAULT_MIB = 256;

	private final long maxBytes;
	private final LinkedHashMap<String, Entry> chunks = new LinkedHashMap<>(16, 0.75f, true);
	private long bytes;

	private static final class Entry {

		final Object elements;
		final long bytes;

		Entry(final Object elements, final long bytes) {
			this.elements = elements;
			this.bytes = bytes;
		}
	}

	/**
	 * @throws IllegalArgumentException for a negative limit
	 */
	public ChunkCache(final long maxBytes) {
		if (maxBytes < 0) throw new IllegalArgumentException("a chunk cache of " + maxBytes + " bytes: give 0 or more");
		this.maxBytes = maxBytes;
	}

	/** A cache of a quarter of the heap this JVM may use, at most {@value #MAX_DEFAULT_MIB} MiB. */
	public static ChunkCache forThisHeap() {
		return new ChunkCache(Math.min(MAX_DEFAULT_MIB << 20, Runtime.getRuntime().maxMemory() / 4));
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** The bytes of the chunks held now. */
	public synchronized long bytes() {
		return bytes;
	}

	/** The number of chunks held now. */
	public synchronized int size() {
		return chunks.size();
	}

	synchronized Object get(final String key) {
		final Entry e = chunks.get(key);
		return e == null ? null : e.elements;
	}

	synchronized void put(final String key, final Object elements, final long size) {
		if (size > maxBytes) return;
		final Entry old = chunks.put(key, new Entry(elements, size));
		if (old != null) bytes -= old.bytes;
		bytes += size;
		for (final Iterator<Map.Entry<String, Entry>> it = chunks.entrySet().iterator(); bytes > maxBytes && it
			.hasNext();)
		{
			final Entry eldest = it.next().getValue();
			it.remove();
			bytes -= eldest.bytes;
		}
	}
}
