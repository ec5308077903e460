package io.github.fijidispatch.op.filter;

import java.util.List;

import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.gauss}: Gaussian blur.
 * <p>
 * Contract: a separable convolution with a normalised Gaussian kernel per axis
 * (weights {@code exp(-x²/2σ²)} over {@code [-r, r]}, divided by their sum),
 * kernel radius {@code r = ((int) (8σ) | 1) / 2} (about 4σ, as CLIJ2). A σ of 0
 * leaves that axis alone. Boundary: clamp to edge. Arithmetic in float;
 * the output has the input's size and pixel type, integer results rounded
 * half up and saturated. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest
 * magnitude), integer |Δ| ≤ 1.
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
public class GaussOp extends AbstractOp {

	public static final String ID = "filter.gauss";

	public GaussOp() {
		super(ID, "Gaussian Blur", "Filters", "Blurs with a normalised Gaussian kernel, separably, clamp-to-edge.",
			oneImage(), ParameterSpec.real("sigma").defaultValue(2.0).range(0, 1000).unit("px").perAxis()
				.description("standard deviation per axis (x,y[,z]); a scalar applies to every axis; 0 leaves an axis alone")
				.build(), InteriorWindow.ORIGIN_SPEC, InteriorWindow.SIZE_SPEC);
	}

	/**
	 * The summed lengths of the 1D kernels a separable blur with these σ
	 * runs, one per axis with σ > 0 (at least 1): its work per pixel.
	 */
	public static long windowLengths(final double[] sigma) {
		long n = 0;
		for (final double s : sigma)
			if (s > 0) n += 2L * radius(s) + 1;
		return Math.max(1, n);
	}

	/** The kernel radius used for a σ: {@code ((int) (8σ) | 1) / 2}. */
	public static int radius(final double sigma) {
		return ((int) (8 * sigma) | 1) / 2;
	}

	/** The blockwise halo per axis: the kernel radius of each axis's σ. */
	public static long[] halo(final double[] sigmas) {
		final long[] halo = new long[sigmas.length];
		for (int d = 0; d < halo.length; d++)
			halo[d] = radius(sigmas[d]);
		return halo;
	}

	/** The normalised half kernel {@code k[0..r]} for a σ (k[0] is the centre weight). */
	public static float[] halfKernel(final double sigma) {
		final int r = radius(sigma);
		final double[] w = new double[r + 1];
		double sum = 0;
		for (int x = 0; x <= r; x++) {
			w[x] = sigma == 0 ? (x == 0 ? 1 : 0) : Math.exp(-(x * x) / (2 * sigma * sigma));
			sum += x == 0 ? w[x] : 2 * w[x];
		}
		final float[] k = new float[r + 1];
		for (int x = 0; x <= r; x++)
			k[x] = (float) (w[x] / sum);
		return k;
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("window");
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		InteriorWindow.check(id(), inputs, params);
	}

	/** The input's size and kind, or the interior window's size. */
	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return InteriorWindow.outputInfo(inputs.get(0), params, inputs.get(0).kind());
	}

	/**
	 * Each axis reads its kernel radius; block calls return their interior only. A call that is itself an interior
	 * window maps its result's blocks onto the input boxes they read.
	 */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		final long[] halo = halo(params.reals("sigma", image.numDimensions()));
		return InteriorWindow.plan(params, image, halo);
	}
}
