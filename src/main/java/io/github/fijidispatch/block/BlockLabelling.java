package io.github.fijidispatch.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * The first pass of a stitching run, block by block in grid order: each
 * block's mask labelled through {@code label.components} (dispatched, so any
 * backend and any numbering), its labels replaced by provisional ids unique
 * across the image (given in raster order of their first pixel, which the
 * {@link ComponentTable} records) and written to the {@link LabelScratch};
 * then the ids that touch across the block's lower faces (with {@code full}
 * connectivity also its edges and corners) are joined with those of the
 * blocks before it, read back from the scratch as one-pixel slabs. A pair of
 * touching pixels in two blocks is joined by the later block of the two
 * along the highest axis where their blocks differ, so every pair is seen.
 * Memory: one block, its slabs, and the table (per component, not per pixel).
 */
final class BlockLabelling {

	private final BlockRun run;
	private final BlockGrid grid;
	private final LabelScratch scratch;
	private final String connectivity;
	private final boolean markBorder;
	private final long[] dims;
	private final long[] strides;
	private final ComponentTable table = new ComponentTable();

	/**
	 * @param connectivity {@code face} or {@code full}, for each block's labelling and the joins across blocks
	 * @param markBorder whether to record which components touch the image border
	 */
	BlockLabelling(final BlockRun run, final BlockGrid grid, final LabelScratch scratch, final String connectivity,
		final boolean markBorder)
	{
		this.run = run;
		this.grid = grid;
		this.scratch = scratch;
		this.connectivity = connectivity;
		this.markBorder = markBorder;
		this.dims = grid.dimensions();
		this.strides = new long[dims.length];
		long n = 1;
		for (int d = 0; d < dims.length; d++) {
			strides[d] = n;
			n *= dims[d];
		}
	}

	/** What a block's input becomes before labelling: its mask of foreground pixels. */
	interface MaskOf {

		RandomAccessibleInterval<?> apply(RandomAccessibleInterval<? extends RealType<?>> block);
	}

	/** Labels every block of the first input, writing provisional ids to the scratch; returns their table. */
	ComponentTable labelAll(final MaskOf maskOf) {
		for (final Block block : grid.blocks()) {
			final RandomAccessibleInterval<?> mask = maskOf.apply(run.read(0, block.interval()));
			@SuppressWarnings("unchecked")
			final RandomAccessibleInterval<? extends RealType<?>> local = (RandomAccessibleInterval<? extends RealType<?>>) run
				.call(ComponentsOp.ID, Collections.<RandomAccessibleInterval<?>> singletonList(mask), Collections
					.singletonMap("connectivity", connectivity));
			final int[] ids = provisional(block, local);
			scratch.write(block, ids);
			joinEarlier(block, ids);
		}
		return table;
	}

	/** The block's local labels as provisional ids, new ones in raster order of first pixel. */
	private int[] provisional(final Block block, final RandomAccessibleInterval<? extends RealType<?>> local) {
		final long[] min = block.min();
		final long[] size = Intervals.dimensionsAsLongArray(block.interval());
		final int[] out = new int[Math.toIntExact(Intervals.numElements(size))];
		int[] idOf = new int[256];
		final long[] p = new long[size.length];
		final Cursor<? extends RealType<?>> c = Views.flatIterable(local).cursor();
		for (int i = 0; i < out.length; i++) {
			final int label = (int) c.next().getRealDouble();
			if (label > 0) {
				if (label >= idOf.length) idOf = Arrays.copyOf(idOf, Math.max(label + 1, 2 * idOf.length));
				int id = idOf[label];
				if (id == 0) {
					id = newId(globalIndex(min, p));
					idOf[label] = id;
				}
				out[i] = id;
				if (markBorder && onImageBorder(min, p)) table.touchesBorder(id);
			}
			for (int d = 0; d < p.length && ++p[d] == size[d]; d++)
				p[d] = 0;
		}
		return out;
	}

	private int newId(final long firstIndex) {
		if (table.count() >= ComponentTable.MAX_IDS) throw new BadInputException(run.op().id() +
			": more than " + ComponentTable.MAX_IDS + " provisional labels over the blocks (components counted once per " +
			"block they cross); use larger blocks", run.op().id(), "block", Arrays.toString(grid.blockSize()),
			"blocks that give at most " + ComponentTable.MAX_IDS + " labels in all");
		return table.add(firstIndex);
	}

	/** Joins the block's ids with those of earlier blocks that touch them across its lower boundaries. */
	private void joinEarlier(final Block block, final int[] ids) {
		final long[] min = block.min();
		final long[] max = block.max();
		final boolean full = "full".equals(connectivity);
		for (int axis = 0; axis < dims.length; axis++) {
			if (min[axis] == 0) continue;
			final long[] lo = new long[dims.length];
			final long[] hi = new long[dims.length];
			for (int d = 0; d < dims.length; d++) {
				lo[d] = d == axis ? min[d] - 1 : full && d < axis ? Math.max(0, min[d] - 1) : min[d];
				hi[d] = d == axis ? min[d] - 1 : full && d < axis ? Math.min(dims[d] - 1, max[d] + 1) : max[d];
			}
			final int[] slab = scratch.read(new FinalInterval(lo, hi));
			joinSlab(slab, lo, hi, offsetsInto(axis, full), min, max, ids);
		}
	}

	private void joinSlab(final int[] slab, final long[] lo, final long[] hi, final List<long[]> offsets,
		final long[] min, final long[] max, final int[] ids)
	{
		final int n = lo.length;
		final long[] q = lo.clone();
		for (int k = 0; k < slab.length; k++) {
			final int there = slab[k];
			if (there != 0) for (final long[] o : offsets) {
				long local = 0;
				long stride = 1;
				boolean inside = true;
				for (int d = 0; d < n && inside; d++) {
					final long p = q[d] + o[d];
					inside = p >= min[d] && p <= max[d];
					local += (p - min[d]) * stride;
					stride *= max[d] - min[d] + 1;
				}
				if (!inside) continue;
				final int here = ids[(int) local];
				if (here != 0) table.union(here, there);
			}
			for (int d = 0; d < n && ++q[d] > hi[d]; d++)
				q[d] = lo[d];
		}
	}

	/** Offsets from a pixel before a lower boundary along {@code axis} to its neighbours beyond it. */
	private List<long[]> offsetsInto(final int axis, final boolean full) {
		final List<long[]> out = new ArrayList<>();
		final int n = dims.length;
		final long[] o = new long[n];
		if (!full) {
			o[axis] = 1;
			out.add(o);
			return out;
		}
		final int others = n - 1;
		for (int code = 0, total = (int) Math.pow(3, others); code < total; code++) {
			final long[] offset = new long[n];
			offset[axis] = 1;
			int rest = code;
			for (int d = 0; d < n; d++) {
				if (d == axis) continue;
				offset[d] = rest % 3 - 1;
				rest /= 3;
			}
			out.add(offset);
		}
		return out;
	}

	private long globalIndex(final long[] min, final long[] local) {
		long i = 0;
		for (int d = 0; d < local.length; d++)
			i += (min[d] + local[d]) * strides[d];
		return i;
	}

	private boolean onImageBorder(final long[] min, final long[] local) {
		for (int d = 0; d < local.length; d++) {
			final long x = min[d] + local[d];
			if (x == 0 || x == dims[d] - 1) return true;
		}
		return false;
	}
}
