package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connected-component labelling of a raster mask (X fastest, any number of
 * dimensions) over runs: maximal horizontal stretches of foreground in a line
 * along X. Two runs of neighbouring lines are joined in a union-find forest
 * over the run indices when their X ranges touch (overlap for face
 * connectivity; overlap or meet at a corner for full connectivity).
 * <p>
 * Steps: (1) the runs of every line are found in parallel by slabs along the
 * last axis, numbered in raster order of their first pixel; (2) each slab
 * joins its lines with the neighbouring lines inside it, in parallel (a
 * slab's runs are a contiguous range of the forest, so slabs never touch each
 * other's trees); (3) the first layer of every slab is joined with the layer
 * before it, sequentially; (4) runs are numbered in order: a root gets the
 * next label, any other run its root's label; (5) runs are painted into the
 * label image in parallel.
 * </p>
 * <p>
 * The forest links the larger root under the smaller, so every parent
 * pointer goes to a smaller run index and a component's root is its first run
 * in raster order: step 4 numbers components 1, 2, ... in raster order of
 * their first pixel without another find.
 * </p>
 */
final class ComponentLabeler {

	private final byte[] mask;
	private final int[] dims;
	private final int width;
	private final int lines;
	/** Lines per step along the last axis (a layer: a row in 2D, a plane of rows in 3D). */
	private final int linesPerLayer;
	private final int layers;
	/** Neighbour lines that precede a line, as offsets of the line coordinates (axes 1..n-1), and line-index deltas. */
	private final int[][] lineOffsets;
	private final int[] lineDeltas;
	/** How far run ends reach towards the runs of a neighbour line: 1 with full connectivity (corners), else 0. */
	private final int reach;

	/** The first run of line {@code l} is {@code firstRun[l]}; {@code firstRun[lines]} is the number of runs. */
	private int[] firstRun;
	/** Run {@code r} covers X in [{@code runStart[r]}, {@code runEnd[r]}) of its line. */
	private int[] runStart;
	private int[] runEnd;
	/** The union-find forest over runs; after {@link #number()}, the label of each run. */
	private int[] parent;

	/**
	 * @param mask 1 for foreground, 0 for background, X fastest; at most {@code Integer.MAX_VALUE} pixels
	 * @param full whether pixels touching at an edge or corner are connected (else only faces)
	 */
	ComponentLabeler(final byte[] mask, final int[] dims, final boolean full) {
		this.mask = mask;
		this.dims = dims.clone();
		this.width = dims[0];
		this.lines = width == 0 ? 0 : mask.length / width;
		this.layers = dims.length > 1 ? dims[dims.length - 1] : 1;
		this.linesPerLayer = layers == 0 ? 0 : lines / layers;
		this.reach = full ? 1 : 0;
		this.lineOffsets = backwardOffsets(dims.length - 1, full);
		this.lineDeltas = new int[lineOffsets.length];
		for (int k = 0; k < lineOffsets.length; k++) {
			int stride = 1;
			for (int d = 0; d < lineOffsets[k].length; d++) {
				lineDeltas[k] += lineOffsets[k][d] * stride;
				stride *= dims[d + 1];
			}
		}
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
		final float[] labels = new float[mask.length];
		if (lines == 0) return labels;
		final List<long[]> slabs = ParallelRanges.split(layers, 1);
		findRuns(slabs);
		parent = new int[runStart.length];
		for (int r = 0; r < parent.length; r++)
			parent[r] = r;
		ParallelRanges.forEach(slabs, (from, to) -> joinLayers((int) from, (int) to, (int) from));
		for (int t = 1; t < slabs.size(); t++) {
			final int layer = (int) slabs.get(t)[0];
			joinLayers(layer, layer + 1, layer - 1);
		}
		number();
		ParallelRanges.forEach(slabs, (from, to) -> paint((int) from, (int) to, labels));
		return labels;
	}

	// -- Step 1: runs --

	/** Finds the runs of every line, slab by slab in parallel, then concatenates them in raster order. */
	private void findRuns(final List<long[]> slabs) {
		final RunList[] found = new RunList[slabs.size()];
		firstRun = new int[lines + 1];
		ParallelRanges.forEach(slabs.size(), 1, (from, to) -> {
			for (int s = (int) from; s < to; s++)
				found[s] = runsOf((int) slabs.get(s)[0] * linesPerLayer, (int) slabs.get(s)[1] * linesPerLayer);
		});
		int total = 0;
		final int[] offset = new int[found.length];
		for (int s = 0; s < found.length; s++) {
			offset[s] = total;
			total += found[s].size;
		}
		runStart = new int[total];
		runEnd = new int[total];
		for (int s = 0; s < found.length; s++) {
			System.arraycopy(found[s].starts, 0, runStart, offset[s], found[s].size);
			System.arraycopy(found[s].ends, 0, runEnd, offset[s], found[s].size);
			for (int l = (int) slabs.get(s)[0] * linesPerLayer; l < slabs.get(s)[1] * linesPerLayer; l++)
				firstRun[l] += offset[s];
		}
		firstRun[lines] = total;
	}

	/** The runs of lines [{@code from}, {@code to}); writes each line's first run, counted from this range's first. */
	private RunList runsOf(final int from, final int to) {
		final RunList runs = new RunList(Math.max(16, (to - from) * 4));
		final int[] edges = new int[width + 1];
		for (int l = from; l < to; l++) {
			firstRun[l] = runs.size;
			final int base = l * width;
			// NB: branch-free: every X is written, and kept only where the mask changes (a run starts or ends)
			int k = 0;
			int previous = 0;
			for (int x = 0; x < width; x++) {
				final int m = mask[base + x];
				edges[k] = x;
				k += m ^ previous;
				previous = m;
			}
			edges[k] = width;
			k += previous;
			runs.add(edges, k);
		}
		return runs;
	}

	/** Growable run starts and ends. */
	private static final class RunList {

		int[] starts;
		int[] ends;
		int size;

		RunList(final int capacity) {
			starts = new int[capacity];
			ends = new int[capacity];
		}

		/** Adds the runs of one line from its edges: start, end, start, end, ... ({@code count} of them). */
		void add(final int[] edges, final int count) {
			final int n = count / 2;
			if (size + n > starts.length) {
				final int capacity = Math.max(size + n, starts.length * 2);
				starts = Arrays.copyOf(starts, capacity);
				ends = Arrays.copyOf(ends, capacity);
			}
			for (int j = 0; j < n; j++) {
				starts[size + j] = edges[2 * j];
				ends[size + j] = edges[2 * j + 1];
			}
			size += n;
		}
	}

	// -- Steps 2 and 3: joins --

	/**
	 * Joins the runs of the layers [{@code from}, {@code to}) with those of
	 * their preceding neighbour lines whose layer is at least {@code lowest}.
	 */
	private void joinLayers(final int from, final int to, final int lowest) {
		final int n = lineOffsets.length == 0 ? 0 : lineOffsets[0].length;
		final int[] pos = new int[n];
		for (int layer = from; layer < to; layer++) {
			if (n > 0) pos[n - 1] = layer;
			for (int within = 0; within < linesPerLayer; within++) {
				int rest = within;
				for (int d = 0; d < n - 1; d++) {
					pos[d] = rest % dims[d + 1];
					rest /= dims[d + 1];
				}
				final int line = layer * linesPerLayer + within;
				for (int k = 0; k < lineOffsets.length; k++)
					if (isNeighbour(pos, lineOffsets[k], lowest)) joinLines(line, line + lineDeltas[k]);
			}
		}
	}

	/** Whether the line at {@code pos + offset} lies in the image, at layer {@code lowest} or later. */
	private boolean isNeighbour(final int[] pos, final int[] offset, final int lowest) {
		final int n = pos.length;
		for (int d = 0; d < n; d++) {
			final int p = pos[d] + offset[d];
			if (p < 0 || p >= dims[d + 1]) return false;
		}
		return pos[n - 1] + offset[n - 1] >= lowest;
	}

	/**
	 * Joins every run of line {@code a} with the runs of line {@code b} it
	 * touches: one merge-like sweep that always steps past the run that ends
	 * first (it touches nothing more of the other line), branch-free but for
	 * the join itself.
	 */
	private void joinLines(final int a, final int b) {
		int i = firstRun[a];
		final int iEnd = firstRun[a + 1];
		int j = firstRun[b];
		final int jEnd = firstRun[b + 1];
		while (i < iEnd && j < jEnd) {
			if (runStart[i] < runEnd[j] + reach && runStart[j] < runEnd[i] + reach) union(i, j);
			final int step = runEnd[i] < runEnd[j] ? 1 : 0;
			i += step;
			j += 1 - step;
		}
	}

	private int find(int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	/** Links the larger root under the smaller: parents always precede their children. */
	private void union(final int a, final int b) {
		final int ra = find(a);
		final int rb = find(b);
		if (ra < rb) parent[rb] = ra;
		else if (rb < ra) parent[ra] = rb;
	}

	// -- Steps 4 and 5: numbers, painting --

	/**
	 * Replaces each run's parent by its label, in run order: a root (its own
	 * parent) takes the next label; any other run's parent precedes it, so
	 * already holds the label of their common root.
	 */
	private void number() {
		int next = 0;
		for (int r = 0; r < parent.length; r++) {
			final int p = parent[r];
			parent[r] = p == r ? ++next : parent[p];
		}
	}

	/** Writes the label of every run of the layers [{@code from}, {@code to}). */
	private void paint(final int from, final int to, final float[] labels) {
		for (int l = from * linesPerLayer; l < to * linesPerLayer; l++) {
			final int base = l * width;
			for (int r = firstRun[l]; r < firstRun[l + 1]; r++) {
				final float label = parent[r];
				for (int x = base + runStart[r]; x < base + runEnd[r]; x++)
					labels[x] = label;
			}
		}
	}
}
