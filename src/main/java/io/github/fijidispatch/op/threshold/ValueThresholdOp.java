package io.github.fijidispatch.op.threshold;

import io.github.fijidispatch.op.AbstractMaskOp;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.PointOp;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code threshold.value}: a mask of the pixels at or above a value.
 * <p>
 * Contract: foreground (255) where {@code pixel ≥ value}, compared in double
 * precision, else 0; NaN pixels are background. Output: uint8 0/255 of the
 * input's size. Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels: NaN is never foreground, ±Inf are ordinary ordered values,
 * and an all-NaN image gives an all-background mask.
 * </p>
 */
@Plugin(type = Op.class)
public class ValueThresholdOp extends AbstractMaskOp implements PointOp {

	public static final String ID = "threshold.value";

	public ValueThresholdOp() {
		super(ID, "Threshold at Value", "Threshold", "Binarises: foreground where the pixel is at least the value.",
			oneImage(), ParameterSpec.real("value").description("pixels ≥ value become foreground (255)").build());
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.nanBackground();
	}
}
