package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import ij.process.AutoThresholder;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code threshold.auto} on the CPU: a parallel histogram ({@link ThresholdBins}),
 * ImageJ's own {@link AutoThresholder} for the level, then a parallel mask of
 * the pixels whose bin is above the level ({@link ThresholdBins#mask}). See {@link AutoThresholdOp} for
 * the contract.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2AutoThreshold extends AbstractImglib2Implementation {

	/** No threshold: a single grey level, or the method found none. */
	public static final int NONE = Integer.MIN_VALUE;

	public Imglib2AutoThreshold() {
		super(AutoThresholdOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final ThresholdBins bins = ThresholdBins.of(image, call.info(0).kind());
		final int level = bins == null ? NONE : level(bins.histogram(image), call.params().choice("method"));
		if (level == NONE) return Masks.where(image, v -> false);
		return bins.mask(image, level);
	}

	/** The bin level AutoThresholder picks, or {@link #NONE}. */
	public static int level(final int[] histogram, final String methodName) {
		int occupied = 0;
		for (final int count : histogram)
			if (count > 0) occupied++;
		if (occupied < 2) return NONE;
		final AutoThresholder.Method method = AutoThresholder.Method.valueOf(methodName);
		// NB: some methods modify the histogram they are given.
		final int level = new AutoThresholder().getThreshold(method, histogram.clone());
		return level < 0 ? NONE : level;
	}
}
