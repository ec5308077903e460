package io.github.fijidispatch.backend.imglib2;

/**
 * A sorted multiset of float values for rank filters, updated incrementally
 * as a window slides: {@link #replace} swaps the value leaving for the one
 * entering with two binary searches and one array move, instead of sorting
 * the window per pixel. Values are kept as order-preserving int keys (the
 * order of {@link Float#compare}: −0 before +0, NaN above everything), so that
 * plain integer comparisons stay consistent even with NaN.
 */
final class SortedWindow {

	private int[] keys;
	private int size;

	SortedWindow(final int capacity) {
		keys = new int[capacity];
	}

	void clear() {
		size = 0;
	}

	int size() {
		return size;
	}

	void add(final float value) {
		final int key = key(value);
		final int p = lowerBound(key, 0, size);
		System.arraycopy(keys, p, keys, p + 1, size - p);
		keys[p] = key;
		size++;
	}

	/** Removes one copy of {@code leaving} (which must be present) and adds {@code entering}. */
	void replace(final float leaving, final float entering) {
		final int oldKey = key(leaving);
		final int newKey = key(entering);
		if (oldKey == newKey) return;
		final int i = lowerBound(oldKey, 0, size);
		if (newKey > oldKey) {
			final int p = lowerBound(newKey, i + 1, size);
			System.arraycopy(keys, i + 1, keys, i, p - 1 - i);
			keys[p - 1] = newKey;
		}
		else {
			final int p = lowerBound(newKey, 0, i);
			System.arraycopy(keys, p, keys, p + 1, i - p);
			keys[p] = newKey;
		}
	}

	/** The value of rank {@code i} (0-based, ascending). */
	float get(final int i) {
		return value(keys[i]);
	}

	/** The first index in [from, to) whose key is ≥ {@code key}, or {@code to}. */
	private int lowerBound(final int key, final int from, final int to) {
		int lo = from;
		int hi = to;
		while (lo < hi) {
			final int mid = (lo + hi) >>> 1;
			if (keys[mid] < key) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	static int key(final float v) {
		final int bits = Float.floatToIntBits(v);
		return bits ^ ((bits >> 31) & 0x7fffffff);
	}

	static float value(final int key) {
		return Float.intBitsToFloat(key ^ ((key >> 31) & 0x7fffffff));
	}
}
