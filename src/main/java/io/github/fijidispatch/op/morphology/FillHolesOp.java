package io.github.fijidispatch.op.morphology;

import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.BlockPlan;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.AbstractMaskOp;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.fill_holes}: fills holes in a mask.
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

	public static final String ID = "morphology.fill_holes";
	/** Its id until ids became lowercase snake case (issue #13); still accepted, with a deprecation warning. */
	public static final String DEPRECATED_ID = "morphology.fillHoles";

	public FillHolesOp() {
		super(ID, "Fill Holes", "Binary",
			"Fills background regions (face connectivity) that do not touch the image border; uint8 0/255 out.",
			oneImage());
	}

	@Override
	public List<String> deprecatedIds() {
		return Collections.singletonList(DEPRECATED_ID);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.nanForeground();
	}

	/** Whether background touches the border is global: background components are stitched across blocks. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.global(BlockPlan.Kind.BORDER_STITCH);
	}
}
