package io.github.fijidispatch.op.morphology;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.dilate}: binary dilation.
 * <p>
 * Contract: a pixel is foreground in the output when any pixel of its
 * neighbourhood ({@code radius}, {@code shape}, see
 * {@link NeighbourhoodParameters}) is foreground.
 * Boundary: clamp to edge (a pixel outside counts as its nearest edge pixel).
 * The input is read as a mask: any non-zero pixel is foreground. The output is
 * a uint8 mask (0 / 255) of the input's size. Limits: radius ≤
 * {@value NeighbourhoodParameters#MAX_RADIUS} per axis. Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels: the input is a mask whose non-zero pixels are foreground,
 * so NaN and ±Inf are foreground, and an all-NaN image is all foreground.
 * </p>
 */
@Plugin(type = Op.class)
public class DilateOp extends NeighbourhoodMaskOp {

	public static final String ID = "morphology.dilate";

	public DilateOp() {
		super(ID, "Dilate (Binary)",
			"Binary dilation: foreground where any pixel of the box or sphere neighbourhood is foreground; uint8 0/255 out.", 1);
	}
}
