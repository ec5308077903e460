package io.github.fijidispatch.backend.imglib2;


import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.VarianceOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.variance} on the CPU: a row sweep adding each run's sums of
 * {@code v − c} and {@code (v − c)²} in double ({@link RowSweepSums}), with {@code c} the
 * mean of a sample of the image ({@link #centreOf}, so that a large offset does not cancel), then
 * {@code E[(v−c)²] − E[v−c]²}, clamped at 0. Box and sphere alike. A window
 * holding NaN or an infinity gives NaN, as IEEE arithmetic on the definition
 * does. See {@link VarianceOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Variance extends AbstractImglib2Implementation {

	/** Every how many pixels {@link #centreOf} samples. */
	static final int CENTRE_STRIDE = 8;

	public Imglib2Variance() {
		super(VarianceOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		final FloatVolume volume = FloatVolume.copyOf(call.hostImage(0));
		final double centre = centreOf(volume.data());
		return RowSweep.run(volume, nb, () -> new Rows(nb, centre)).toImage(call.info(0).kind());
	}

	/**
	 * The shift that keeps the sums of squares small: the mean of the finite values among every
	 * {@value #CENTRE_STRIDE}th pixel (all pixels when those hold none), 0 when there are none. Any value within
	 * the data's range serves; a sample costs an eighth of a pass over the image.
	 */
	static double centreOf(final float[] data) {
		final double sampled = finiteMean(data, CENTRE_STRIDE);
		if (!Double.isNaN(sampled)) return sampled;
		final double all = finiteMean(data, 1);
		return Double.isNaN(all) ? 0 : all;
	}

	/** The mean of the finite values among every {@code stride}th of {@code data}, NaN when there are none. */
	private static double finiteMean(final float[] data, final int stride) {
		double sum = 0;
		long count = 0;
		for (int i = 0; i < data.length; i += stride) {
			final float v = data[i];
			if (Float.isFinite(v)) {
				sum += v;
				count++;
			}
		}
		return count == 0 ? Double.NaN : sum / count;
	}

	/** The variance over a neighbourhood's runs for one output row. */
	private static final class Rows implements RowSweep.RowFilter {

		private final Neighbourhood nb;
		private final RowSweepSums sums;

		Rows(final Neighbourhood nb, final double centre) {
			this.nb = nb;
			this.sums = new RowSweepSums(nb, centre, true);
		}

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			apply(rows, null, length, pad, out);
		}

		@Override
		public void apply(final float[][] rows, final int[] sourceRows, final int length, final int pad, final float[] out) {
			sums.add(rows, sourceRows, length, pad);
			final double[] sum = sums.sums();
			final double[] sumSq = sums.sumsOfSquares();
			final double size = nb.size();
			if (!sums.anyNonFinite()) {
				// NB: the common case, without a test per pixel
				for (int x = 0; x < length; x++) {
					final double mean = sum[x] / size;
					out[x] = (float) Math.max(0, sumSq[x] / size - mean * mean);
				}
				return;
			}
			for (int x = 0; x < length; x++) {
				// NB: IEEE: a window with a NaN or an infinity has no finite variance ((Inf − mean)² is NaN)
				if (sums.nonFiniteSum(x) != 0) {
					out[x] = Float.NaN;
					continue;
				}
				final double mean = sum[x] / size;
				out[x] = (float) Math.max(0, sumSq[x] / size - mean * mean);
			}
		}
	}
}
