package io.github.fijidispatch.block;

import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.label.ComponentsOp;

/**
 * {@link BlockPlan.Kind#LABEL_STITCH} for {@code label.components}: labels
 * per block with globally unique ids, joined across block boundaries (faces;
 * with {@code full} also edges and corners), then renumbered 1..N in raster
 * order of each component's first pixel, as the op's contract numbers them:
 * the result equals the whole-image labelling pixel for pixel.
 */
final class LabelStitch implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		if (run.info(0).pixelCount() > ComponentsOp.MAX_PIXELS) throw new BadInputException(ComponentsOp.ID +
			": input 'image' is " + run.info(0).sizeString() + " (" + run.info(0).pixelCount() +
			" pixels); float32 labels are exact up to 2^24 pixels, so larger images are declined", ComponentsOp.ID, "image",
			run.info(0).sizeString(), "at most 2^24 pixels");
		final String connectivity = run.params().choice("connectivity");
		final BlockGrid grid = run.grid();
		run.expect(grid.size());
		final StitchedLabels labels = new StitchedLabels(run.info(0).dimensions());
		// NB: labelled on the workers, added in block order: ids (and so the final numbers) never depend on threads
		run.forEach(grid.blocks(), block -> StitchedLabels.labelled(run, run.read(0, block.interval()), connectivity),
			labels::add);
		labels.stitch(grid, "full".equals(connectivity));
		final int[] newLabel = new int[labels.count() + 1];
		int next = 0;
		for (int i = 0; i < labels.pixelCount(); i++) {
			final int r = labels.root(i);
			if (r != 0 && newLabel[r] == 0) newLabel[r] = ++next;
		}
		return run.whole(labels.relabel(newLabel));
	}
}
