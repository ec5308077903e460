package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected-component labelling of a raster mask (X fastest, two or more
 * dimensions) with a union-find forest over the pixel indices (path halving,
 * union by rank).
 * <p>
 * Pass 1 joins every foreground pixel with its foreground neighbours that
 * come earlier in raster order. It runs in parallel on slabs along the last
 * axis, each slab joining only pixels inside itself (slabs own disjoint parts
 * of the forest); a sequential merge then joins the first plane of every slab
 * with the plane before it. Pass 2 walks the raster once, numbering each
 * component 1, 2, ... when its first pixel is met.
 * </p>
 */
final class ComponentLabeler {

	private final int[] dims;
	private final int[] strides;
	private final byte[] mask;
	private final int[] parent;
	private final byte[] rank;
	/** Neighbour offsets per axis that precede a pixel in raster order, and their index deltas. */
	private final int[][] offsets;
	private final int[] deltas;

	/**
	 * @param mask non-zero for foreground, X fastest; at most {@code Integer.MAX_VALUE} pixels
	 * @param full whether pixels touching at an edge or corner are connected (else only faces)
	 */
	ComponentLabeler(final byte[] mask, final int[] dims, final boolean full) {
		this.mask = mask;
		this.dims = dims.clone();
		this.strides = new int[dims.length];
		int stride = 1;
		for (int d = 0; d < dims.length; d++) {
			strides[d] = stride;
			stride *= dims[d];
		}
		this.parent = new int[mask.length];
		this.rank = new byte[mask.length];
		this.offsets = backwardOffsets(dims.length, full);
		this.deltas = new int[offsets.length];
		for (int k = 0; k < offsets.length; k++)
			for (int d = 0; d < dims.length; d++)
				deltas[k] += offsets[k][d] * strides[d];
	}

	/** The offsets in {-1, 0, 1}^n whose last non-zero component is −1 (faces only: one non-zero component). */
	static int[][] backwardOffsets(final int n, final boolean full) {
		final List<int[]> out = new ArrayList<>();
		final int total = (int) Math.pow(3, n);
		for (int code = 0; code < total; code++) {
			final int[] o = new int[n];
			int c = code;
			int nonZero = 0;
			int lastNonZero = 0;
			for (int d = 0; d < n; d++) {
				o[d] = c % 3 - 1;
				c /= 3;
				if (o[d] != 0) {
					nonZero++;
					lastNonZero = o[d];
				}
			}
			if (lastNonZero == -1 && (full || nonZero == 1)) out.add(o);
		}
		return out.toArray(new int[0][]);
	}

	/** Labels the mask: 0 for background, 1..N in raster order of each component's first pixel. */
	float[] label() {
		for (int i = 0; i < parent.length; i++)
			parent[i] = i;
		final int last = dims.length - 1;
		final List<long[]> slabs = ParallelRanges.split(dims[last], 1);
		ParallelRanges.forEach(slabs, (from, to) -> join((int) from, (int) to, (int) from, false));
		for (int t = 1; t < slabs.size(); t++)
			join((int) slabs.get(t)[0], (int) slabs.get(t)[0] + 1, 0, true);
		return number();
	}

	/**
	 * Joins the foreground pixels whose last coordinate is in [from, to) with
	 * their earlier foreground neighbours whose last coordinate is at least
	 * {@code lowest}; {@code crossingOnly} keeps only neighbours one step back
	 * along the last axis (the merge of two slabs).
	 */
	private void join(final int from, final int to, final int lowest, final boolean crossingOnly) {
		final int n = dims.length;
		final int last = n - 1;
		final int width = dims[0];
		final int[] pos = new int[n];
		final boolean[] valid = new boolean[offsets.length];
		final int linesPerLast = strides[last] / width;
		for (int l = from; l < to; l++) {
			pos[last] = l;
			for (int line = 0; line < linesPerLast; line++) {
				int rest = line;
				for (int d = 1; d < last; d++) {
					pos[d] = rest % dims[d];
					rest /= dims[d];
				}
				joinLine(l * strides[last] + line * width, width, valid, lowest, crossingOnly, pos);
			}
		}
	}

	private void joinLine(final int base, final int width, final boolean[] valid, final int lowest,
		final boolean crossingOnly, final int[] pos)
	{
		final int n = dims.length;
		final int last = n - 1;
		for (int k = 0; k < offsets.length; k++) {
			boolean ok = !crossingOnly || offsets[k][last] == -1;
			for (int d = 1; d < n && ok; d++) {
				final int p = pos[d] + offsets[k][d];
				ok = p >= 0 && p < dims[d] && (d != last || p >= lowest);
			}
			valid[k] = ok;
		}
		for (int x = 0; x < width; x++) {
			final int i = base + x;
			if (mask[i] == 0) continue;
			for (int k = 0; k < offsets.length; k++) {
				if (!valid[k]) continue;
				final int nx = x + offsets[k][0];
				if (nx < 0 || nx >= width) continue;
				final int j = i + deltas[k];
				if (mask[j] != 0) union(i, j);
			}
		}
	}

	private int find(int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	private void union(final int a, final int b) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) return;
		if (rank[ra] < rank[rb]) {
			final int swap = ra;
			ra = rb;
			rb = swap;
		}
		parent[rb] = ra;
		if (rank[ra] == rank[rb]) rank[ra]++;
	}

	/** Pass 2. NB: a root is itself a pixel of its component, so its output slot carries the component's label. */
	private float[] number() {
		final float[] labels = new float[mask.length];
		int next = 0;
		for (int i = 0; i < mask.length; i++) {
			if (mask[i] == 0) continue;
			final int r = find(i);
			if (labels[r] == 0) labels[r] = ++next;
			labels[i] = labels[r];
		}
		return labels;
	}
}
