package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.BlockPlan;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.dog}: difference of Gaussians.
 * <p>
 * Contract: {@code gauss(σ1) − gauss(σ2)}, each blur exactly as
 * {@link GaussOp} defines it (separable normalised kernel of radius
 * {@code ((int) (8σ) | 1) / 2}, clamp to edge, σ = 0 leaves an axis alone),
 * both computed and subtracted in float without intermediate rounding or
 * clipping. Any σ1, σ2 are accepted (σ1 &gt; σ2 gives the negated band-pass).
 * The output is float32 of the input's size (it may be negative). Tolerance: float |Δ| ≤ 1e-4 · input range (at
 * least 16 float32 ulps of the largest magnitude), integer |Δ| ≤ 1.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN window gives NaN.
 * </p>
 * <p>
 * Internal (no part of the contract above; given by the block engine only):
 * {@value InteriorWindow#ORIGIN} and {@value InteriorWindow#SIZE}, per axis and
 * both together, make the call return only the box {@code [interiorOrigin,
 * interiorOrigin + interiorSize)} of the result it would give on this input
 * (the border still clamps to the input's edge), bit for bit; the box must lie
 * inside the input ({@link InteriorWindow}).
 * </p>
 */
@Plugin(type = Op.class)
public class DifferenceOfGaussiansOp extends AbstractOp {

	public static final String ID = "filter.dog";

	public DifferenceOfGaussiansOp() {
		super(ID, "Difference of Gaussians", "Filters",
			"Band-pass: the Gaussian blur with sigma1 minus the one with sigma2, in float, clamp-to-edge.", oneImage(),
			sigma("sigma1", 1.0, "standard deviation of the first (subtracted from) blur per axis (x,y[,z])"),
			sigma("sigma2", 2.0, "standard deviation of the second (subtracted) blur per axis (x,y[,z])"),
			InteriorWindow.ORIGIN_SPEC, InteriorWindow.SIZE_SPEC);
	}

	private static ParameterSpec sigma(final String name, final double defaultSigma, final String description) {
		return ParameterSpec.real(name).defaultValue(defaultSigma).range(0, 1000).unit("px").perAxis()
			.description(description + "; a scalar applies to every axis; 0 leaves an axis alone").build();
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		InteriorWindow.check(id(), inputs, params);
	}

	/** Float32 of the input's size, or of the interior window's size. */
	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return InteriorWindow.outputInfo(inputs.get(0), params, PixelKind.FLOAT32);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("window");
	}

	/** The larger of the two kernels, per axis. */
	private static long[] max(final long[] a, final long[] b) {
		final long[] out = new long[a.length];
		for (int d = 0; d < out.length; d++)
			out[d] = Math.max(a[d], b[d]);
		return out;
	}

	/**
	 * The larger kernel radius per axis; block calls return their interior only. A call that is itself an interior
	 * window maps its result's blocks onto the input boxes they read.
	 */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		final long[] halo = max(GaussOp.halo(params.reals("sigma1", image.numDimensions())), GaussOp.halo(params.reals(
			"sigma2", image.numDimensions())));
		return InteriorWindow.plan(params, image, halo);
	}
}
