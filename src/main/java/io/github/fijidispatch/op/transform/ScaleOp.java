package io.github.fijidispatch.op.transform;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.IndexMapping;
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
 * <p>
 * Internal (no part of the contract above; given by the block engine only):
 * {@value #OUTPUT_ORIGIN}, {@value #OUTPUT_SIZE} and {@value #SOURCE_ORIGIN},
 * per axis and all three together, make the call compute one box of the
 * whole-image result: output pixels {@code [outputOrigin, outputOrigin +
 * outputSize)} of the whole image, from an input that is the box of the whole
 * input starting at {@code sourceOrigin}. Positions are those of the whole
 * image, {@code (i + 0.5) / f − 0.5} for the whole-image index {@code i}, and a
 * source pixel beyond the given input reads zero, so the input must hold every
 * pixel of the whole input the box reads ({@link #blockwise} names that box):
 * the result is then the whole-image result's box, bit for bit.
 * </p>
 */
@Plugin(type = Op.class)
public class ScaleOp extends AbstractOp {

	public static final String ID = "transform.scale";
	/** Internal: the whole output's index of the call's first output pixel, per axis. */
	public static final String OUTPUT_ORIGIN = "outputOrigin";
	/** Internal: the call's output pixels per axis. */
	public static final String OUTPUT_SIZE = "outputSize";
	/** Internal: the whole input's index of the call's first input pixel, per axis. */
	public static final String SOURCE_ORIGIN = "sourceOrigin";

	public ScaleOp() {
		super(ID, "Scale", "Transform", "Resamples by a factor per axis (nearest or linear), zero outside.", oneImage(),
			ParameterSpec.real("factors").defaultValue(1.0).rangeAbove(0, 1000).perAxis()
				.description("scale factor per axis (x,y[,z]), > 0; a scalar applies to every axis").build(),
			ParameterSpec.choice("interpolation", "nearest", "linear").defaultValue("linear")
				.description("how output pixels sample the input").build(),
			ParameterSpec.integer(OUTPUT_ORIGIN).range(0, Integer.MAX_VALUE).unit("px").perAxis().internal()
				.description("internal: the whole output's index of this call's first output pixel").build(),
			ParameterSpec.integer(OUTPUT_SIZE).range(1, Integer.MAX_VALUE).unit("px").perAxis().internal()
				.description("internal: the output pixels this call computes").build(),
			ParameterSpec.integer(SOURCE_ORIGIN).range(0, Integer.MAX_VALUE).unit("px").perAxis().internal()
				.description("internal: the whole input's index of this call's first input pixel").build());
	}

	/**
	 * Where output pixel {@code i} (an index of the whole output) samples the
	 * whole input along an axis scaled by {@code factor}: pixel centres aligned.
	 */
	public static double position(final long i, final double factor) {
		return (i + 0.5) / factor - 0.5;
	}

	/**
	 * The first and last input index (of the whole input, unclipped) that
	 * output pixels {@code [first, last]} read with a weight: nearest reads
	 * {@code floor(p + 0.5)}, linear {@code floor(p)} and the next pixel; an
	 * axis scaled by 1 reads the same indices.
	 */
	public static long[] support(final long first, final long last, final double factor, final boolean linear) {
		if (factor == 1) return new long[] { first, last };
		final double p0 = position(first, factor);
		final double p1 = position(last, factor);
		return linear ? new long[] { (long) Math.floor(p0), (long) Math.floor(p1) + 1 } : new long[] { (long) Math.floor(
			p0 + 0.5), (long) Math.floor(p1 + 0.5) };
	}

	/** Whether the call computes a box of the whole-image result (the internal parameters are given). */
	public static boolean isWindow(final Parameters params) {
		return params.has(OUTPUT_ORIGIN);
	}

	/**
	 * The whole output's index of the call's first output pixel per axis (0 unless the call computes a box), or
	 * with {@code source}, the whole input's index of the call's first input pixel.
	 */
	public static long[] origin(final Parameters params, final int n, final boolean source) {
		final long[] out = new long[n];
		if (!isWindow(params)) return out;
		final int[] o = params.integers(source ? SOURCE_ORIGIN : OUTPUT_ORIGIN, n);
		for (int d = 0; d < n; d++)
			out[d] = o[d];
		return out;
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
		if (params.has(OUTPUT_ORIGIN) || params.has(OUTPUT_SIZE) || params.has(SOURCE_ORIGIN)) {
			checkWindow(in, params, f);
			return;
		}
		for (int d = 0; d < f.length; d++) {
			if (outputSize(in.dimension(d), f[d]) > Integer.MAX_VALUE) throw new IllegalArgumentException(id() +
				": parameter 'factors' = " + ParameterSpec.toText(params.get("factors")) + " makes axis " + "xyz".charAt(d) +
				" of input 'image' (" + in.sizeString() + ") longer than 2^31 − 1 pixels; use a smaller factor");
		}
	}

	/** The internal parameters: all three or none, and an input that starts where the box's first read is. */
	private void checkWindow(final ImageInfo in, final Parameters params, final double[] f) {
		if (!(params.has(OUTPUT_ORIGIN) && params.has(OUTPUT_SIZE) && params.has(SOURCE_ORIGIN)))
			throw new IllegalArgumentException(id() + ": the internal parameters '" + OUTPUT_ORIGIN + "', '" + OUTPUT_SIZE +
				"' and '" + SOURCE_ORIGIN + "' go together; give all three or none");
		final boolean linear = "linear".equals(params.choice("interpolation"));
		final int n = in.numDimensions();
		final int[] origin = params.integers(OUTPUT_ORIGIN, n);
		final int[] size = params.integers(OUTPUT_SIZE, n);
		final int[] source = params.integers(SOURCE_ORIGIN, n);
		for (int d = 0; d < n; d++) {
			final long[] reads = support(origin[d], (long) origin[d] + size[d] - 1, f[d], linear);
			final boolean fits = f[d] == 1 ? source[d] == origin[d] && in.dimension(d) == size[d] : source[d] <= Math.max(
				0, reads[0]);
			if (!fits) throw new IllegalArgumentException(id() + ": internal parameter '" + SOURCE_ORIGIN + "' = " +
				ParameterSpec.toText(params.get(SOURCE_ORIGIN)) + " and input 'image' (" + in.sizeString() +
				") do not hold what output pixels " + origin[d] + ".." + ((long) origin[d] + size[d] - 1) + " on axis " +
				"xyz".charAt(d) + " read (from pixel " + Math.max(0, reads[0]) + "; scaled by 1: exactly those pixels)");
		}
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		final ImageInfo in = inputs.get(0);
		final double[] f = params.reals("factors", in.numDimensions());
		final long[] dims = new long[in.numDimensions()];
		final int[] window = isWindow(params) ? params.integers(OUTPUT_SIZE, dims.length) : null;
		for (int d = 0; d < dims.length; d++)
			dims[d] = window != null ? window[d] : outputSize(in.dimension(d), f[d]);
		return new ImageInfo(dims, in.kind());
	}

	/** Output pixels are {@code 1 / f} input pixels wide: the pixel size is divided by the factor. */
	@Override
	public double[] pixelSizeDivisors(final Parameters params, final ImageInfo image) {
		return params.reals("factors", image.numDimensions());
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}

	/**
	 * An index mapping by output block: each output block reads the input box
	 * its positions and the interpolation's support reach (clipped to the
	 * image; a box wholly outside reads one border pixel, and zero beyond it),
	 * and runs with the internal parameters that place it in the whole image.
	 * A call that is itself a box of a whole image (a tile re-planned) maps its
	 * blocks within that whole image the same way.
	 */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		final int n = image.numDimensions();
		return BlockPlan.indexMapping(new Resampling(image.dimensions(), params.reals("factors", n), "linear".equals(params
			.choice("interpolation")), origin(params, n, false), origin(params, n, true)));
	}

	/** Output block to the input box it samples, and the internal parameters that place it. */
	private static final class Resampling implements IndexMapping {

		private static final long serialVersionUID = 1L;

		private final long[] dims;
		private final double[] factors;
		private final boolean linear;
		/** Where the call's output and input lie in the whole image's (0 for a whole-image call). */
		private final long[] outOrigin;
		private final long[] srcOrigin;

		Resampling(final long[] dims, final double[] factors, final boolean linear, final long[] outOrigin,
			final long[] srcOrigin)
		{
			this.dims = dims;
			this.factors = factors;
			this.linear = linear;
			this.outOrigin = outOrigin;
			this.srcOrigin = srcOrigin;
		}

		@Override
		public long[][] source(final long[] outMin, final long[] outMax) {
			final long[][] box = new long[2][dims.length];
			for (int d = 0; d < dims.length; d++) {
				final long[] reads = support(outOrigin[d] + outMin[d], outOrigin[d] + outMax[d], factors[d], linear);
				box[0][d] = Math.min(Math.max(reads[0] - srcOrigin[d], 0), dims[d] - 1);
				box[1][d] = Math.min(Math.max(reads[1] - srcOrigin[d], 0), dims[d] - 1);
			}
			return box;
		}

		@Override
		public Map<String, Object> parameters(final long[] outMin, final long[] outMax) {
			final long[] from = source(outMin, outMax)[0];
			final int[] origin = new int[dims.length];
			final int[] size = new int[dims.length];
			final int[] source = new int[dims.length];
			for (int d = 0; d < dims.length; d++) {
				origin[d] = Math.toIntExact(outOrigin[d] + outMin[d]);
				size[d] = Math.toIntExact(outMax[d] - outMin[d] + 1);
				source[d] = Math.toIntExact(srcOrigin[d] + from[d]);
			}
			final Map<String, Object> p = new LinkedHashMap<>();
			p.put(OUTPUT_ORIGIN, origin);
			p.put(OUTPUT_SIZE, size);
			p.put(SOURCE_ORIGIN, source);
			return p;
		}
	}
}
