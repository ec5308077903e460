package io.github.fijidispatch.block;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import net.imglib2.RandomAccessibleInterval;

/**
 * {@link BlockPlan.Kind#GLOBAL_RANGE} for {@code convert.type} with a scaling
 * conversion, in two passes over the blocks: the finite [min, max] of the
 * whole image (merged from the blocks' own, NaN and ±Inf left out as the
 * whole-image conversion does), then each block converted through dispatch
 * with those bounds given ({@link ConvertTypeOp#RANGE_MIN},
 * {@link ConvertTypeOp#RANGE_MAX}), so every block maps values exactly as the
 * whole image does. An image without finite values is converted as a constant
 * one (bounds 0 and 0), as on the whole image.
 */
final class RangeConversion implements BlockStrategy {

	@Override
	public Object run(final BlockRun run) {
		final BlockGrid grid = run.grid();
		run.expect(grid.size() * 2);
		final double[] extremes = FiniteRangePass.of(run, grid);
		final boolean finite = extremes[0] <= extremes[1];
		final Map<String, Object> bounds = new LinkedHashMap<>();
		bounds.put(ConvertTypeOp.RANGE_MIN, finite ? extremes[0] : 0.0);
		bounds.put(ConvertTypeOp.RANGE_MAX, finite ? extremes[1] : 0.0);
		final BlockSink output = run.output(run.outputInfo(), grid.blockSize());
		run.forEach(grid.blocks(), block -> {
			final RandomAccessibleInterval<?> region = output.region(block.interval());
			if (region != null) {
				run.callInto(block.interval(), bounds, region);
				return null;
			}
			return (RandomAccessibleInterval<?>) run.call(block.interval(), bounds);
		}, (block, result) -> {
			if (result != null) output.write(result, result, block.min());
		});
		return run.complete(output);
	}
}
