package io.github.fijidispatch.backend.imglib2;

/**
 * A sorted multiset of float values for rank filters, updated incrementally
 * as a window slides: {@link #replace} swaps the value leaving for the one
 * entering with two binary searches and one array move, instead of sorting
 * the window per pixel. Values are kept as order-preserving int keys (the
 * order of {@link Float#compare}: −0 before +0, NaN above everything), so that
 * plain integer comparisons stay consistent even with NaN; every NaN, whatever
 * its bits, gets the one key of {@link Float#floatToIntBits}). The NaN values
 * are counted, so that a NaN-skipping rank is {@code rank < size − nanCount}.
 */
final class SortedWindow implements RankWindow {

	private int[] keys;
	private int size;
	private int nanCount;

	SortedWindow(final int capacity) {
		keys = new int[capacity];
	}

	void clear() {
		size = 0;
		nanCount = 0;
	}

	int size() {
		return size;
	}

	@Override
	public void add(final float value) {
		final int key = key(value);
		final int p = lowerBound(key, 0, size);
		System.arraycopy(keys, p, keys, p + 1, size - p);
		keys[p] = key;
		size++;
		if (value != value) nanCount++;
	}

	@Override
	public void remove(final float value) {
		final int i = lowerBound(key(value), 0, size);
		System.arraycopy(keys, i + 1, keys, i, size - 1 - i);
		size--;
		if (value != value) nanCount--;
	}

	/**
	 * Finds the leaving key (a branch-free binary search) and slides the
	 * entering key from there to its place, moving the keys in between by one:
	 * one pass, whose only unpredictable branch is where it stops.
	 */
	@Override
	public void replace(final float leaving, final float entering) {
		final int oldKey = key(leaving);
		final int newKey = key(entering);
		if (oldKey == newKey) return;
		if (leaving != leaving) nanCount--;
		if (entering != entering) nanCount++;
		final int[] k = keys;
		int i = lowerBound(oldKey, 0, size);
		if (newKey > oldKey) {
			final int last = size - 1;
			while (i < last && k[i + 1] < newKey) {
				k[i] = k[i + 1];
				i++;
			}
		}
		else {
			while (i > 0 && k[i - 1] > newKey) {
				k[i] = k[i - 1];
				i--;
			}
		}
		k[i] = newKey;
	}

	@Override
	public float get(final int i) {
		return value(keys[i]);
	}

	@Override
	public int nanCount() {
		return nanCount;
	}

	/**
	 * The first index in [from, to) whose key is ≥ {@code key}, or {@code to}.
	 * NB: the halving depends on the length only and the step is a
	 * conditional move, so that random keys cost no mispredicted branches.
	 */
	private int lowerBound(final int key, final int from, final int to) {
		if (from >= to) return from;
		final int[] k = keys;
		int base = from;
		int length = to - from;
		while (length > 1) {
			final int half = length >>> 1;
			base = k[base + half - 1] < key ? base + half : base;
			length -= half;
		}
		return k[base] < key ? base + 1 : base;
	}

	static int key(final float v) {
		final int bits = Float.floatToIntBits(v);
		return bits ^ ((bits >> 31) & 0x7fffffff);
	}

	static float value(final int key) {
		return Float.intBitsToFloat(key ^ ((key >> 31) & 0x7fffffff));
	}
}
