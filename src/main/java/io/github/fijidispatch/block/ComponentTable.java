package io.github.fijidispatch.block;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The provisional components of a stitching run, ids 1..{@link #count()}
 * (0 is background): for each, the raster index (X fastest) of its first
 * pixel and whether it touches the image border, joined into sets by a
 * union-find (path halving; the smaller id becomes the root). Memory grows
 * with the number of ids (about 12 bytes each), never with the pixels.
 */
final class ComponentTable {

	/** The most ids a table holds (Java arrays). */
	static final int MAX_IDS = Integer.MAX_VALUE - 16;

	private int[] parent = new int[1024];
	private long[] first = new long[1024];
	private final BitSet border = new BitSet();
	private int count;

	/**
	 * A new id for a component whose first pixel has raster index {@code firstIndex}.
	 *
	 * @throws IllegalStateException when the table already holds {@link #MAX_IDS} ids
	 */
	int add(final long firstIndex) {
		if (count >= MAX_IDS) throw new IllegalStateException("more than " + MAX_IDS + " provisional labels");
		final int id = ++count;
		if (id >= parent.length) {
			final int size = (int) Math.min((long) MAX_IDS + 1, 2L * parent.length);
			parent = Arrays.copyOf(parent, size);
			first = Arrays.copyOf(first, size);
		}
		parent[id] = id;
		first[id] = firstIndex;
		return id;
	}

	/** Ids given so far. */
	int count() {
		return count;
	}

	/** Records that component {@code id} has a pixel on the image border. */
	void touchesBorder(final int id) {
		border.set(id);
	}

	/** The root of {@code id}'s set (its least id). */
	int find(int id) {
		while (parent[id] != id) {
			parent[id] = parent[parent[id]];
			id = parent[id];
		}
		return id;
	}

	/** Joins the sets of two ids (both ≥ 1). */
	void union(final int a, final int b) {
		final int ra = find(a);
		final int rb = find(b);
		if (ra < rb) parent[rb] = ra;
		else if (rb < ra) parent[ra] = rb;
	}

	/** The number of sets (components after stitching). */
	int sets() {
		int n = 0;
		for (int id = 1; id <= count; id++)
			if (parent[id] == id) n++;
		return n;
	}

	/**
	 * The final label of every id, once every union is made: sets numbered 1..{@link #sets()} in raster order of
	 * their first pixel; index 0 (background) maps to 0. Call once (it folds each set's first pixel into its root).
	 */
	int[] numbering() {
		for (int id = 1; id <= count; id++) {
			final int r = find(id);
			if (r != id && first[id] < first[r]) first[r] = first[id];
		}
		final long[] firsts = new long[sets()];
		for (int id = 1, n = 0; id <= count; id++)
			if (parent[id] == id) firsts[n++] = first[id];
		Arrays.sort(firsts);
		final int[] label = new int[count + 1];
		for (int id = 1; id <= count; id++)
			label[id] = Arrays.binarySearch(firsts, first[find(id)]) + 1;
		return label;
	}

	/** The ids whose set touches the image border, once every union is made. */
	BitSet onBorder() {
		final BitSet roots = new BitSet();
		for (int id = border.nextSetBit(0); id >= 0; id = border.nextSetBit(id + 1))
			roots.set(find(id));
		final BitSet out = new BitSet(count + 1);
		for (int id = 1; id <= count; id++)
			if (roots.get(find(id))) out.set(id);
		return out;
	}
}
