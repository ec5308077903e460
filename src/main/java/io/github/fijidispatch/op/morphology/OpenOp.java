package io.github.fijidispatch.op.morphology;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.open}: binary opening.
 * <p>
 * Contract: {@code dilate(erode(mask))} with the same neighbourhood
 * ({@code radius}, {@code shape}, see {@link NeighbourhoodParameters}); each
 * pass clamps to edge. Removes foreground structures smaller than the
 * neighbourhood; the result is a subset of the input mask.
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
public class OpenOp extends NeighbourhoodMaskOp {

	public static final String ID = "morphology.open";

	public OpenOp() {
		super(ID, "Open (Binary)",
			"Binary opening: erosion then dilation with the same box or sphere; uint8 0/255 out.", 2);
	}
}
