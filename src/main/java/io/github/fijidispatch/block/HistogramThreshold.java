package io.github.fijidispatch.block;

import java.util.Collections;

import io.github.fijidispatch.backend.imglib2.Imglib2AutoThreshold;
import io.github.fijidispatch.backend.imglib2.ThresholdBins;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import io.github.fijidispatch.op.threshold.ValueThresholdOp;
import net.imglib2.RandomAccessibleInterval;

/**
 * {@link BlockPlan.Kind#GLOBAL_HISTOGRAM} for {@code threshold.auto}, in
 * three passes over the blocks: the finite [min, max] of the whole image
 * (merged from blocks; not needed for uint8), the 256-bin histogram over that
 * global range (merged from blocks), then ImageJ's method on the merged
 * histogram gives the bin level, and each block is thresholded through
 * {@code threshold.value} at the smallest value of the image's kind whose bin
 * is above that level. Since bins grow with the value, that mask is the
 * whole-image mask exactly.
 */
final class HistogramThreshold implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final ImageInfo info = run.info(0);
		final PixelKind kind = info.kind();
		final BlockGrid grid = run.grid();
		final boolean ranged = kind != PixelKind.UINT8;
		run.expect(grid.size() * (ranged ? 3 : 2));
		final double[] extremes = ranged ? FiniteRangePass.of(run, grid) : new double[] { Double.POSITIVE_INFINITY,
			Double.NEGATIVE_INFINITY };
		final double min = extremes[0];
		final double max = extremes[1];
		final ThresholdBins bins = ThresholdBins.overRange(kind, min, max);
		final BlockSink mask = run.output(run.outputInfo(), grid.blockSize());
		// NB: an output never written is all zeros (a Zarr array's fill value)
		if (bins == null) return run.complete(mask);
		final int[] histogram = new int[AutoThresholdOp.BINS];
		run.forEach(grid.blocks(), block -> {
			final int[] part = bins.histogram(run.read(0, block.interval()));
			run.hostBlockDone();
			return part;
		}, (block, part) -> {
			for (int b = 0; b < histogram.length; b++)
				histogram[b] = Math.addExact(histogram[b], part[b]);
		});
		final int level = Imglib2AutoThreshold.level(histogram, run.params().choice("method"));
		final double threshold = level == Imglib2AutoThreshold.NONE ? Double.NaN : bins.firstValueAbove(level, kind, min,
			max);
		if (Double.isNaN(threshold)) return run.complete(mask);
		run.forEach(grid.blocks(), block -> (RandomAccessibleInterval<?>) run.call(ValueThresholdOp.ID, run.boxes(block
			.interval()), Collections.singletonMap("value", threshold)), (block, part) -> mask.write(part, part, block
				.min()));
		return run.complete(mask);
	}
}
