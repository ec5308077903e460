package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.filter.MeanOp;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.mean} on the CPU. Box: separable running means, one pass per
 * axis (sums in double, means stored in float), the first reading the
 * image's rows where they are stored, the others in place on its result.
 * Sphere: a row sweep adding each run's sum in double ({@link RowSweepSums}),
 * divided once by the neighbourhood's size. Non-finite values follow IEEE
 * arithmetic without reaching the windows beyond theirs (both paths count them
 * beside the finite sums). See {@link MeanOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Mean extends AbstractImglib2Implementation {

	public Imglib2Mean() {
		super(MeanOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		return mean(call.hostImage(0), nb).toImage(call.info(0).kind());
	}

	/**
	 * The mean of {@code image} over {@code nb}, reading its rows where they are stored: a sphere by one row sweep,
	 * a box by sliding sums along each axis, the first pass straight from the image's rows (no float copy of the
	 * image first; the same values, bit for bit).
	 */
	private static FloatVolume mean(final RandomAccessibleInterval<? extends RealType<?>> image, final Neighbourhood nb) {
		if (!nb.isBox()) return RowSweep.run(image, nb, () -> new SphereRows(nb));
		final int[] radii = nb.radii();
		final int width = (int) image.dimension(0);
		final FloatVolume volume = radii[0] > 0 ? FloatVolume.filterRowsOf(image, radii[0], SlidingSums.mean(radii[0]), 0,
			width) : FloatVolume.copyOf(image);
		for (int d = 1; d < radii.length; d++)
			if (radii[d] > 0) volume.filterAlong(d, radii[d], SlidingSums.mean(radii[d]));
		return volume;
	}

	/** The mean over a sphere's runs for one output row. */
	private static final class SphereRows implements RowSweep.RowFilter {

		private final Neighbourhood nb;
		private final RowSweepSums sums;

		SphereRows(final Neighbourhood nb) {
			this.nb = nb;
			this.sums = new RowSweepSums(nb, 0, false);
		}

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			apply(rows, null, length, pad, out);
		}

		@Override
		public void apply(final float[][] rows, final int[] sourceRows, final int length, final int pad, final float[] out) {
			sums.add(rows, sourceRows, length, pad);
			final double[] sum = sums.sums();
			final double size = nb.size();
			for (int x = 0; x < length; x++)
				out[x] = (float) ((sum[x] + sums.nonFiniteSum(x)) / size);
		}
	}
}
