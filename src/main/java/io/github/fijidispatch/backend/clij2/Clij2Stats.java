package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;

import org.scijava.plugin.Plugin;

/**
 * {@code measure.stats} with the backend's {@link Clij2Census}: one pass
 * counts NaN and infinities and sums the finite pixels, a second sums their
 * squared deviations from the mean. NaN is no data (left out of the count,
 * reported as the NaN count); infinities give what IEEE arithmetic gives (an
 * infinite sum and mean, a NaN standard deviation). CLIJ2's own
 * {@code sumOfAllPixels} and {@code varianceOfAllPixels} are not used: NaN
 * reaches them. See {@link StatsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Stats extends AbstractClij2Implementation {

	public Clij2Stats() {
		super(StatsOp.ID);
	}

	@Override
	protected Support accepts(final OpCall call) {
		return Clij2Census.fits(call);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: the census rows are 8 floats per 4096 pixels, far less than one image.
		return 1;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final Clij2Census census = Clij2Census.of(ws, input(call, 0));
		final long count = census.valueCount();
		final double sum = census.sum();
		final double mean = count == 0 ? Double.NaN : sum / count;
		return new ResultTable(StatsOp.COLUMNS).addRow(census.min(), census.max(), mean, sum, stddev(census, mean), count,
			census.nanCount());
	}

	/** The population standard deviation; NaN without values or with an infinity ((∞ − mean)² has none). */
	private static double stddev(final Clij2Census census, final double mean) {
		if (census.valueCount() == 0 || census.hasInfinities()) return Double.NaN;
		// NB: the kernel takes the centre as a float; Σ(v − c)² = Σ(v − mean)² + n·(mean − c)²
		final double centre = (float) mean;
		final long n = census.valueCount();
		final double squares = census.squaredDeviations(centre) - n * (mean - centre) * (mean - centre);
		return Math.sqrt(Math.max(0, squares) / n);
	}
}
