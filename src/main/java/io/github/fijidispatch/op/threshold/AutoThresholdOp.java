package io.github.fijidispatch.op.threshold;

import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.AbstractMaskOp;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code threshold.auto}: a mask from one of ImageJ's automatic threshold
 * methods (all names of {@code AutoThresholder.Method}: the 16 classic methods
 * and ImageJ's {@code IJ_IsoData}; default {@code Default}).
 * <p>
 * Contract: a 256-bin histogram of the whole image (2D or 3D) is handed to
 * {@code ij.process.AutoThresholder.getThreshold(method, histogram)}, which
 * returns a bin {@code level}. A pixel is foreground (255) exactly when its
 * bin is above {@code level}, i.e. {@code pixel ≥ t} with {@code t} the lower
 * edge of bin {@code level + 1}:
 * </p>
 * <ul>
 * <li>uint8: bin = grey value, so {@code t = level + 1} in grey values — the
 * lower threshold ImageJ 1's Threshold dialog and macros set with
 * {@code setAutoThreshold("<method> dark")} (NB: ImageJ 1.54p's
 * {@code setAutoThreshold(Method, true, ...)} overload reports {@code level}
 * itself);</li>
 * <li>every other type: bins of width {@code (max − min) / 256} over the
 * image's own finite [min, max] (−Inf falls in the first bin, +Inf in the last) ({@code bin = min(255, floor((v − min) · 256 / (max − min)))}),
 * so {@code t = min + (level + 1) · (max − min) / 256}.</li>
 * </ul>
 * <p>
 * An image with a single grey level (constant), or a method that finds no
 * level (a negative answer), gives an all-background mask; NaN pixels are left
 * out of the histogram and are background. Output: uint8 0/255 of the input's
 * size. Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels: NaN is never foreground, ±Inf are ordinary ordered values,
 * and an all-NaN image gives an all-background mask.
 * </p>
 */
@Plugin(type = Op.class)
public class AutoThresholdOp extends AbstractMaskOp {

	public static final String ID = "threshold.auto";

	/** The histogram size of the contract. */
	public static final int BINS = 256;

	/**
	 * The names of ImageJ 1.54's {@code AutoThresholder.Method}, in its order
	 * (written out so that the op layer does not depend on ImageJ 1; a test
	 * checks them against the enum).
	 */
	public static final String[] METHODS = { "Default", "Huang", "Intermodes", "IsoData", "IJ_IsoData", "Li",
		"MaxEntropy", "Mean", "MinError", "Minimum", "Moments", "Otsu", "Percentile", "RenyiEntropy", "Shanbhag",
		"Triangle", "Yen" };

	public AutoThresholdOp() {
		super(ID, "Auto Threshold", "Threshold", "Binarises with one of ImageJ's automatic threshold methods.",
			oneImage(), ParameterSpec.choice("method", METHODS).defaultValue("Default")
				.description("ImageJ AutoThresholder method; foreground is the bright side").build());
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.nanBackground();
	}

	/** In place: yes, the threshold comes from the whole image first, then each pixel is compared: a uint8 input can take its mask. */
	@Override
	public boolean allowsInPlace() {
		return true;
	}

	/** The histogram is the whole image's: merged from blocks over the global range, then applied per block. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.global(BlockPlan.Kind.GLOBAL_HISTOGRAM);
	}
}
