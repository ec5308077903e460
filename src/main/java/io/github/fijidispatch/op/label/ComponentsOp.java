package io.github.fijidispatch.op.label;

import io.github.fijidispatch.op.BlockPlan;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code label.components}: connected-component labelling of a mask.
 * <p>
 * Contract: every non-zero pixel is foreground (NaN counts as non-zero). Two
 * foreground pixels are connected when they share a face ({@code face}: 4
 * neighbours in 2D, 6 in 3D; the default) or touch at all ({@code full}: 8 in
 * 2D, 26 in 3D). Output: a float32 label image of the input's size,
 * background 0, components numbered 1..N consecutively in raster order of
 * their first pixel (X fastest). Other backends may number differently:
 * tolerance compares partitions. Float holds integers exactly up to 2^24, so
 * images of more than 2^24 pixels are declined rather than labelled
 * inexactly. Tolerance: the same partition into labels (numbering may differ).
 * </p>
 * <p>
 * Non-finite pixels: the input is a mask whose non-zero pixels are foreground,
 * so NaN and ±Inf are foreground, and an all-NaN image is all foreground.
 * </p>
 */
@Plugin(type = Op.class)
public class ComponentsOp extends AbstractOp {

	public static final String ID = "label.components";

	/** The largest image whose labels float32 holds exactly. */
	public static final long MAX_PIXELS = 1L << 24;

	public ComponentsOp() {
		super(ID, "Connected Components", "Labels", "Labels the connected components of the non-zero pixels.",
			oneImage(), ParameterSpec.choice("connectivity", "face", "full").defaultValue("face")
				.description("face: 4 (2D) / 6 (3D) neighbours; full: 8 (2D) / 26 (3D) neighbours").build());
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.PARTITION;
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return inputs.get(0).withKind(PixelKind.FLOAT32);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.nanForeground();
	}

	/** Components cross blocks: labels per block, stitched across block faces, renumbered in raster order. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.global(BlockPlan.Kind.LABEL_STITCH);
	}
}
