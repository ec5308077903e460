package io.github.fijidispatch.op.transform;

import io.github.fijidispatch.op.BlockPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.scale}: resampling by a factor per axis.
 * <p>
 * Contract: the output is {@code max(1, round(size · f))} pixels along each
 * axis (round half up). Output pixel {@code i} samples the input at position
 * {@code (i + 0.5) / f − 0.5} (pixel centres aligned, as CLIJ2 and ImageJ's
 * "Scale"); {@code nearest} takes the pixel at {@code floor(p + 0.5)},
 * {@code linear} interpolates (bi-/trilinear) between the neighbouring pixels.
 * Positions outside the image read zero (a geometric transform), so a linear
 * sample within half a pixel of the border blends with zero. The output keeps
 * the input's kind, integer values rounded half up. Tolerance: nearest interpolation: exact; linear
 * interpolation: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest magnitude), integer
 * |Δ| ≤ 1. Factors
 * must be &gt; 0 and at most 1000; output axes are limited to 2^31 − 1 pixels.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class ScaleOp extends AbstractOp {

	public static final String ID = "transform.scale";

	public ScaleOp() {
		super(ID, "Scale", "Transform", "Resamples by a factor per axis (nearest or linear), zero outside.", oneImage(),
			ParameterSpec.real("factors").defaultValue(1.0).rangeAbove(0, 1000).perAxis()
				.description("scale factor per axis (x,y[,z]), > 0; a scalar applies to every axis").build(),
			ParameterSpec.choice("interpolation", "nearest", "linear").defaultValue("linear")
				.description("how output pixels sample the input").build());
	}

	/** The output length of an axis of {@code size} pixels scaled by {@code factor}. */
	public static long outputSize(final long size, final double factor) {
		return Math.max(1, (long) Math.floor(size * factor + 0.5));
	}

	/** Nearest interpolation copies input pixels: exact; linear interpolates: numeric. */
	@Override
	public Tolerance tolerance() {
		final Map<String, Tolerance> byInterpolation = new LinkedHashMap<>();
		byInterpolation.put("nearest", Tolerance.EXACT);
		byInterpolation.put("linear", Tolerance.NUMERIC);
		return Tolerance.perParameter("interpolation", byInterpolation);
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		final double[] f = params.reals("factors", in.numDimensions());
		for (int d = 0; d < f.length; d++) {
			if (outputSize(in.dimension(d), f[d]) > Integer.MAX_VALUE) throw new IllegalArgumentException(id() +
				": parameter 'factors' = " + ParameterSpec.toText(params.get("factors")) + " makes axis " + "xyz".charAt(d) +
				" of input 'image' (" + in.sizeString() + ") longer than 2^31 − 1 pixels; use a smaller factor");
		}
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		final double[] f = params.reals("factors", in.numDimensions());
		final long[] dims = new long[in.numDimensions()];
		for (int d = 0; d < dims.length; d++)
			dims[d] = outputSize(in.dimension(d), f[d]);
		return new ImageInfo(dims, in.kind());
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}

	/**
	 * Not planned yet: a block's sampling positions depend on where it starts
	 * (position {@code (i + 0.5) / f − 0.5}), so a block is not the op on a
	 * sub-image unless block origins fall on whole input pixels.
	 */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.notPlanned("its sampling positions depend on where a block starts");
	}
}
