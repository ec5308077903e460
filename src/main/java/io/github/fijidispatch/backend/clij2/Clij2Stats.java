package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code measure.stats} with CLIJ2's reductions: minimum, maximum, sum of all
 * pixels, and the population variance from {@code varianceOfAllPixels} around
 * the mean. See {@link StatsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Stats extends AbstractClij2Implementation {

	public Clij2Stats() {
		super(StatsOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 1;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final CLIJ2 clij2 = ws.clij2();
		final double count = call.info(0).pixelCount();
		final double sum = clij2.sumOfAllPixels(in);
		final double mean = sum / count;
		final double variance = clij2.varianceOfAllPixels(in, mean);
		return new ResultTable(StatsOp.COLUMNS).addRow(clij2.getMinimumOfAllPixels(in), clij2.getMaximumOfAllPixels(in),
			mean, sum, Math.sqrt(variance), count);
	}
}
