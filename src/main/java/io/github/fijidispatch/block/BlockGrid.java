package io.github.fijidispatch.block;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * An image cut into blocks: {@code ceil(size / blockSize)} blocks per axis
 * (the last one on an axis holds the remainder), each with the halo the op's
 * plan asks for, clipped at the image border. Plain values only (sizes as
 * {@code long[]}), serialisable, so that the same plan can be handed to
 * other processes.
 */
public final class BlockGrid implements Serializable {

	private static final long serialVersionUID = 1L;

	private final long[] dims;
	private final long[] blockSize;
	private final long[] halo;
	private final long[] counts;
	private final int total;

	private BlockGrid(final long[] dims, final long[] blockSize, final long[] halo) {
		this.dims = dims;
		this.blockSize = blockSize;
		this.halo = halo;
		this.counts = new long[dims.length];
		long n = 1;
		for (int d = 0; d < dims.length; d++) {
			counts[d] = (dims[d] + blockSize[d] - 1) / blockSize[d];
			n *= counts[d];
		}
		if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("blocks of " + Arrays.toString(blockSize) +
			" cut an image of " + Arrays.toString(dims) + " into " + n + " blocks; allowed: at most 2^31 − 1: use larger blocks");
		this.total = (int) n;
	}

	/**
	 * @param dims the image size per axis
	 * @param blockSize the block size per axis (≥ 1; a single value applies to every axis; larger than the image: one block)
	 * @param halo the halo per axis (≥ 0)
	 */
	public static BlockGrid of(final long[] dims, final long[] blockSize, final long[] halo) {
		final long[] size = perAxis(blockSize, dims.length, "block size");
		final long[] h = perAxis(halo, dims.length, "halo");
		for (int d = 0; d < dims.length; d++) {
			if (size[d] < 1) throw new IllegalArgumentException("block size " + Arrays.toString(blockSize) +
				": every axis needs at least 1 pixel");
			if (h[d] < 0) throw new IllegalArgumentException("halo " + Arrays.toString(halo) + ": must be ≥ 0 per axis");
			size[d] = Math.min(size[d], dims[d]);
		}
		return new BlockGrid(dims.clone(), size, h);
	}

	/** A grid without halo. */
	public static BlockGrid of(final long[] dims, final long[] blockSize) {
		return of(dims, blockSize, new long[] { 0 });
	}

	/** One value per axis: a single value broadcasts. */
	static long[] perAxis(final long[] values, final int n, final String what) {
		if (values.length == n) return values.clone();
		if (values.length == 1) {
			final long[] out = new long[n];
			Arrays.fill(out, values[0]);
			return out;
		}
		throw new IllegalArgumentException(what + " " + Arrays.toString(values) + " has " + values.length +
			" values for an image of " + n + " dimensions; give one value or one per axis");
	}

	public long[] dimensions() {
		return dims.clone();
	}

	public long[] blockSize() {
		return blockSize.clone();
	}

	/** Blocks along each axis. */
	public long[] counts() {
		return counts.clone();
	}

	/** The number of blocks. */
	public int size() {
		return total;
	}

	/** The block at {@code index} (X fastest). */
	public Block block(final int index) {
		if (index < 0 || index >= total) throw new IndexOutOfBoundsException("block " + index + " of " + total);
		final int n = dims.length;
		final long[] min = new long[n];
		final long[] max = new long[n];
		final long[] haloMin = new long[n];
		final long[] haloMax = new long[n];
		long rest = index;
		for (int d = 0; d < n; d++) {
			final long position = rest % counts[d];
			rest /= counts[d];
			min[d] = position * blockSize[d];
			max[d] = Math.min(dims[d], min[d] + blockSize[d]) - 1;
			haloMin[d] = Math.max(0, min[d] - halo[d]);
			haloMax[d] = Math.min(dims[d] - 1, max[d] + halo[d]);
		}
		return new Block(index, min, max, haloMin, haloMax);
	}

	/** Every block, in index order (computed on access). */
	public List<Block> blocks() {
		return new AbstractList<Block>() {

			@Override
			public Block get(final int index) {
				return block(index);
			}

			@Override
			public int size() {
				return total;
			}
		};
	}

	/**
	 * The same bound on pixels per block, in blocks that are each one run of the image's storage order (X fastest):
	 * whole rows, or whole planes (then whole rows of the next plane), as many as the bound holds; or this grid when
	 * a single row is larger than the bound. A block of this grid holds at most as many pixels as a block of this
	 * one, and for an image stored as one array (or one per plane) reads and writes contiguous ranges, as the whole
	 * image does.
	 */
	public BlockGrid contiguous() {
		long bound = 1;
		for (final long s : blockSize)
			bound *= s;
		if (dims[0] > bound) return this;
		final long[] size = new long[dims.length];
		long left = bound;
		for (int d = 0; d < dims.length; d++) {
			size[d] = Math.max(1, Math.min(dims[d], left));
			left /= size[d];
		}
		return Arrays.equals(size, blockSize) ? this : new BlockGrid(dims, size, halo);
	}

	/** The same grid with blocks that span the whole of {@code axis}. */
	public BlockGrid spanning(final int axis) {
		final long[] size = blockSize.clone();
		size[axis] = dims[axis];
		return new BlockGrid(dims, size, halo);
	}

	@Override
	public String toString() {
		return total + " blocks of " + Arrays.toString(blockSize) + " over " + Arrays.toString(dims) + ", halo " +
			Arrays.toString(halo);
	}
}
