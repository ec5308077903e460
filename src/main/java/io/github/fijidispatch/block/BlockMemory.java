package io.github.fijidispatch.block;

import java.util.List;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;

/**
 * How many blocks a run may compute at once in the heap it has. Every block
 * in flight holds its input box (the block with its halo), the op's working
 * copies and its result; one more result is held while the calling thread
 * writes it. When the free heap cannot hold that for every thread, the run
 * uses fewer threads (at least one) instead of running out of memory part-way
 * through a volume: a small heap makes a run slower, never a failure that a
 * single block would not also have.
 * <p>
 * The size of a block is an estimate from the plan and the pixel kinds, not a
 * measurement: the box's pixels times the bytes of every input, the result
 * and {@link #WORKING_BYTES_FILTER} (a filter's float copies) or
 * {@link #WORKING_BYTES_OTHER} (a point op, mapping, reduction or labelling
 * pass). Only {@link #HEAP_SHARE} of the free heap is planned for, as the
 * free heap counts garbage not yet collected as used and the regions of large
 * arrays are not filled exactly.
 * </p>
 */
final class BlockMemory {

	/** Working bytes per box pixel of a plan with a halo: a float copy, the pass it is filtered into, and slack. */
	static final int WORKING_BYTES_FILTER = 12;

	/** Working bytes per box pixel of any other plan (one intermediate of at most 32 bits per pixel). */
	static final int WORKING_BYTES_OTHER = 4;

	/** The share of the free heap a run plans to fill. */
	static final double HEAP_SHARE = 0.75;

	private BlockMemory() {
		// NB: static utility
	}

	/**
	 * The threads to use: {@code threads}, or fewer (at least 1) when {@code threads + 1} blocks of
	 * {@code bytesPerBlock} (the computing ones and the one being written) do not fit in {@link #HEAP_SHARE} of
	 * {@code freeHeap}.
	 */
	static int threads(final int threads, final long bytesPerBlock, final long freeHeap) {
		if (threads <= 1 || bytesPerBlock <= 0) return Math.max(1, threads);
		final long held = (long) (freeHeap * HEAP_SHARE) / bytesPerBlock;
		return (int) Math.max(1, Math.min(threads, held - 1));
	}

	/**
	 * The estimated bytes of one block in flight: its box (the block plus the plan's halo on both sides, or the
	 * whole axis of a reduction, never more than the image) times the bytes per pixel of every input, of
	 * {@code output} (none for a table) and of the working copies.
	 */
	static long bytesPerBlock(final BlockPlan plan, final List<ImageInfo> inputs, final ImageInfo output,
		final long[] blockSize)
	{
		final ImageInfo first = inputs.get(0);
		final long[] halo = plan.kind() == BlockPlan.Kind.LOCAL ? plan.halo() : new long[0];
		long pixels = 1;
		boolean filter = false;
		for (int d = 0; d < first.numDimensions(); d++) {
			final long h = halo.length == 0 ? 0 : halo[Math.min(d, halo.length - 1)];
			filter |= h > 0;
			final boolean spansAxis = plan.kind() == BlockPlan.Kind.AXIS_REDUCTION && plan.axis() == d;
			final long side = spansAxis ? first.dimension(d) : blockSize[Math.min(d, blockSize.length - 1)] + 2 * h;
			pixels *= Math.max(1, Math.min(first.dimension(d), side));
		}
		long bytes = filter ? WORKING_BYTES_FILTER : WORKING_BYTES_OTHER;
		for (final ImageInfo in : inputs)
			bytes += in.kind().bytesPerPixel();
		if (output != null) bytes += output.kind().bytesPerPixel();
		return pixels * bytes;
	}

	/** The heap this JVM may still allocate: its maximum less what is in use (garbage included). */
	static long freeHeap() {
		final Runtime rt = Runtime.getRuntime();
		return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
	}
}
