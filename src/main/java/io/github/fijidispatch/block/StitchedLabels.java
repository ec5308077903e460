package io.github.fijidispatch.block;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.label.ComponentsOp;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The label image of a stitching run: each block labelled on its own through
 * {@code label.components}, its labels shifted past those of the blocks
 * before it (so ids are unique across the image), then the pairs of
 * foreground pixels that touch across a block boundary (faces, and with
 * {@code full} connectivity edges and corners) joined in a union-find.
 * Pixels are a flat int array in raster order (X fastest), so an image holds
 * at most 2^31 − 1 pixels here.
 */
final class StitchedLabels {

	private final long[] dims;
	private final long[] strides;
	private final int[] labels;
	private int count;
	private UnionFind sets;

	StitchedLabels(final long[] dims) {
		long n = 1;
		this.dims = dims.clone();
		this.strides = new long[dims.length];
		for (int d = 0; d < dims.length; d++) {
			strides[d] = n;
			n *= dims[d];
		}
		this.labels = new int[Math.toIntExact(n)];
	}

	/** A block's own labels (of a mask of its size) through dispatch: thread-safe, touches no labels here. */
	@SuppressWarnings("unchecked")
	static RandomAccessibleInterval<? extends RealType<?>> labelled(final BlockRun run, final RandomAccessibleInterval<?> mask,
		final String connectivity)
	{
		final List<RandomAccessibleInterval<?>> in = Collections.<RandomAccessibleInterval<?>> singletonList(mask);
		return (RandomAccessibleInterval<? extends RealType<?>>) run.call(ComponentsOp.ID, in, Collections.singletonMap(
			"connectivity", connectivity));
	}

	/**
	 * Adds a block's own labels ({@link #labelled}) with ids after those of the blocks added before; blocks are added in
	 * block order, on one thread.
	 */
	void add(final Block block, final RandomAccessibleInterval<? extends RealType<?>> local) {
		final Cursor<? extends RealType<?>> c = Views.flatIterable(local).cursor();
		final long[] min = block.min();
		final long[] p = new long[dims.length];
		final int offset = count;
		int most = 0;
		while (c.hasNext()) {
			final int label = (int) c.next().getRealDouble();
			c.localize(p);
			if (label > 0) {
				labels[index(p, min)] = offset + label;
				most = Math.max(most, label);
			}
		}
		count = offset + most;
	}

	/** Joins the labels of pixels that touch across block boundaries ({@code full}: any touch; else faces only). */
	void stitch(final BlockGrid grid, final boolean full) {
		sets = new UnionFind(count + 1);
		final List<long[]> offsets = neighbourOffsets(dims.length, full);
		final long[] size = grid.blockSize();
		for (final Block block : grid.blocks()) {
			final long[] min = block.min();
			final long[] max = block.max();
			for (int axis = 0; axis < dims.length; axis++) {
				if (max[axis] == dims[axis] - 1) continue;
				// NB: every pair across a boundary has a pixel on the far face of its block along some axis.
				final long[] lo = min.clone();
				lo[axis] = max[axis];
				forEach(lo, max, p -> joinAcross(p, offsets, size));
			}
		}
	}

	/** The root label of a pixel's set (0 for background); valid after {@link #stitch}. */
	int root(final int pixel) {
		final int label = labels[pixel];
		return label == 0 ? 0 : sets.find(label);
	}

	/** Labels in use (before stitching), and so the largest root. */
	int count() {
		return count;
	}

	long[] dimensions() {
		return dims.clone();
	}

	int pixelCount() {
		return labels.length;
	}

	/** Flat index of a pixel given in image coordinates. */
	int index(final long[] p) {
		long i = 0;
		for (int d = 0; d < p.length; d++)
			i += p[d] * strides[d];
		return (int) i;
	}

	/** The float32 label image with every pixel's label replaced by {@code newLabel[root]}. */
	ArrayImg<FloatType, FloatArray> relabel(final int[] newLabel) {
		final float[] out = new float[labels.length];
		for (int i = 0; i < labels.length; i++) {
			final int r = root(i);
			out[i] = r == 0 ? 0 : newLabel[r];
		}
		return ArrayImgs.floats(out, dims);
	}

	// -- Helper methods --

	private int index(final long[] local, final long[] min) {
		long i = 0;
		for (int d = 0; d < local.length; d++)
			i += (local[d] + min[d]) * strides[d];
		return (int) i;
	}

	private void joinAcross(final long[] p, final List<long[]> offsets, final long[] blockSize) {
		final int here = labels[index(p)];
		if (here == 0) return;
		final long[] q = new long[p.length];
		for (final long[] o : offsets) {
			boolean inside = true;
			boolean otherBlock = false;
			for (int d = 0; d < p.length && inside; d++) {
				q[d] = p[d] + o[d];
				inside = q[d] >= 0 && q[d] < dims[d];
				otherBlock |= q[d] / blockSize[d] != p[d] / blockSize[d];
			}
			if (!inside || !otherBlock) continue;
			final int there = labels[index(q)];
			if (there != 0) sets.union(here, there);
		}
	}

	/** The neighbour offsets of a connectivity: the 2n faces, or all 3^n − 1 touches. */
	static List<long[]> neighbourOffsets(final int n, final boolean full) {
		final List<long[]> out = new ArrayList<>();
		final long[] lo = new long[n];
		final long[] hi = new long[n];
		java.util.Arrays.fill(lo, -1);
		java.util.Arrays.fill(hi, 1);
		forEach(lo, hi, o -> {
			int moved = 0;
			for (final long v : o)
				moved += v != 0 ? 1 : 0;
			if (moved > 0 && (full || moved == 1)) out.add(o.clone());
		});
		return out;
	}

	/** Visits every position of the box {@code [lo, hi]}, X fastest. */
	static void forEach(final long[] lo, final long[] hi, final java.util.function.Consumer<long[]> action) {
		final long[] p = lo.clone();
		while (true) {
			action.accept(p);
			int d = 0;
			while (d < p.length && p[d] == hi[d]) {
				p[d] = lo[d];
				d++;
			}
			if (d == p.length) return;
			p[d]++;
		}
	}
}
