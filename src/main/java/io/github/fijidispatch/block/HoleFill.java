package io.github.fijidispatch.block;

import io.github.fijidispatch.op.BlockPlan;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * {@link BlockPlan.Kind#BORDER_STITCH} for {@code morphology.fill_holes}: the
 * background of each block (its zero pixels) labelled through
 * {@code label.components} with face connectivity, stitched across block
 * faces as {@link StitchedLabels} does; the background components with a
 * pixel on the image border stay background, every other pixel is
 * foreground.
 */
final class HoleFill implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final BlockGrid grid = run.grid();
		run.expect(grid.size());
		final StitchedLabels background = new StitchedLabels(run.info(0).dimensions());
		run.forEach(grid.blocks(), block -> StitchedLabels.labelled(run, backgroundOf(run.read(0, block.interval())),
			"face"), background::add);
		background.stitch(grid, false);
		final boolean[] open = new boolean[background.count() + 1];
		final long[] dims = background.dimensions();
		final long[] hi = dims.clone();
		for (int d = 0; d < hi.length; d++)
			hi[d]--;
		for (int axis = 0; axis < dims.length; axis++) {
			final long[] lo = new long[dims.length];
			final long[] top = hi.clone();
			top[axis] = 0;
			StitchedLabels.forEach(lo, top, p -> open[background.root(background.index(p))] = true);
			lo[axis] = hi[axis];
			StitchedLabels.forEach(lo, hi, p -> open[background.root(background.index(p))] = true);
		}
		final byte[] mask = new byte[background.pixelCount()];
		for (int i = 0; i < mask.length; i++) {
			final int r = background.root(i);
			mask[i] = (byte) (r == 0 || !open[r] ? 255 : 0);
		}
		return run.whole(ArrayImgs.unsignedBytes(mask, dims));
	}

	/** 255 where the block is zero (background), else 0; NaN is not zero, so foreground. */
	private static ArrayImg<UnsignedByteType, ByteArray> backgroundOf(final RandomAccessibleInterval<? extends RealType<?>> block) {
		final byte[] out = new byte[Math.toIntExact(Intervals.numElements(block))];
		final Cursor<? extends RealType<?>> c = Views.flatIterable(block).cursor();
		for (int i = 0; c.hasNext(); i++)
			if (c.next().getRealDouble() == 0) out[i] = (byte) 255;
		return ArrayImgs.unsignedBytes(out, Intervals.dimensionsAsLongArray(block));
	}
}
