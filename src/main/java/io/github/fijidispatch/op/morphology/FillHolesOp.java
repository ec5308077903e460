package io.github.fijidispatch.op.morphology;

import io.github.fijidispatch.op.AbstractMaskOp;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.fillHoles}: fills holes in a mask.
 * <p>
 * Contract: the input is read as a mask (any non-zero pixel is foreground). A
 * background pixel stays background when it is connected to a border pixel of
 * the image (any face of the 2D rectangle or 3D box) through background pixels
 * with face connectivity (4 neighbours in 2D, 6 in 3D); every other pixel is
 * foreground. So foreground connects diagonally (8 / 26), as ImageJ's
 * "Fill Holes". The output is a uint8 mask (0 / 255) of the input's size.
 * Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels: the input is a mask whose non-zero pixels are foreground,
 * so NaN and ±Inf are foreground, and an all-NaN image is all foreground.
 * </p>
 */
@Plugin(type = Op.class)
public class FillHolesOp extends AbstractMaskOp {

	public static final String ID = "morphology.fillHoles";

	public FillHolesOp() {
		super(ID, "Fill Holes", "Binary",
			"Fills background regions (face connectivity) that do not touch the image border; uint8 0/255 out.",
			oneImage());
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.nanForeground();
	}
}
