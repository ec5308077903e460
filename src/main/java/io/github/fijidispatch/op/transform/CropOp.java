package io.github.fijidispatch.op.transform;

import java.util.Map;
import java.util.LinkedHashMap;
import io.github.fijidispatch.op.IndexMapping;
import io.github.fijidispatch.op.BlockPlan;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.crop}: copies a box of the image.
 * <p>
 * Contract: {@code origin} (default 0) and {@code size} (required) per axis,
 * in pixels; a scalar applies to every axis. The box
 * {@code [origin, origin + size)} must lie inside the image, else the call is
 * a bad input. The output is {@code size} pixels of the input's kind, output
 * pixel {@code i} being input pixel {@code origin + i}. Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class CropOp extends AbstractOp {

	public static final String ID = "transform.crop";

	public CropOp() {
		super(ID, "Crop", "Transform", "Copies a box of the image.", oneImage(),
			ParameterSpec.integer("origin").defaultValue(0).range(0, Integer.MAX_VALUE).unit("px").perAxis()
				.description("first pixel of the box per axis (x,y[,z])").build(),
			ParameterSpec.integer("size").range(1, Integer.MAX_VALUE).unit("px").perAxis()
				.description("box size per axis (x,y[,z])").build());
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		final int n = in.numDimensions();
		final int[] origin = params.integers("origin", n);
		final int[] size = params.integers("size", n);
		for (int d = 0; d < n; d++) {
			if ((long) origin[d] + size[d] > in.dimension(d)) throw new IllegalArgumentException(id() +
				": parameters 'origin' = " + ParameterSpec.toText(params.get("origin")) + " and 'size' = " +
				ParameterSpec.toText(params.get("size")) + " reach pixel " + ((long) origin[d] + size[d] - 1) +
				" on axis " + "xyz".charAt(d) + " but input 'image' is " + in.sizeString() +
				"; allowed: origin + size ≤ " + in.dimension(d) + " on that axis");
		}
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		final int[] size = params.integers("size", in.numDimensions());
		final long[] dims = new long[size.length];
		for (int d = 0; d < dims.length; d++)
			dims[d] = size[d];
		return new ImageInfo(dims, in.kind());
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}

	/** An output block is the input box shifted by the origin, copied whole. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		final int[] origin = params.integers("origin", image.numDimensions());
		final long[] shift = new long[origin.length];
		for (int d = 0; d < shift.length; d++)
			shift[d] = origin[d];
		return BlockPlan.indexMapping(new Shift(shift));
	}

	/** Output pixel {@code p} is input pixel {@code p + origin}. */
	private static final class Shift implements IndexMapping {

		private static final long serialVersionUID = 1L;

		private final long[] origin;

		Shift(final long[] origin) {
			this.origin = origin;
		}

		@Override
		public long[][] source(final long[] outMin, final long[] outMax) {
			final long[][] box = { outMin.clone(), outMax.clone() };
			for (int d = 0; d < origin.length; d++) {
				box[0][d] += origin[d];
				box[1][d] += origin[d];
			}
			return box;
		}

		@Override
		public Map<String, Object> parameters(final long[] outMin, final long[] outMax) {
			final int[] zero = new int[origin.length];
			final int[] size = new int[origin.length];
			for (int d = 0; d < size.length; d++)
				size[d] = Math.toIntExact(outMax[d] - outMin[d] + 1);
			final Map<String, Object> p = new LinkedHashMap<>();
			p.put("origin", zero);
			p.put("size", size);
			return p;
		}
	}
}
