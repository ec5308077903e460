package io.github.fijidispatch.op;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The internal window of a local op (given by the block engine only, no part of any op's public contract): with
 * {@value #ORIGIN} and {@value #SIZE}, per axis and both together, a call's result is only the box
 * {@code [origin, origin + size)} of the result the op would give on the same input. The block engine gives it as
 * the block's interior within its halo box ({@link BlockPlan#takesInteriorWindow()}), so that a block call computes
 * and returns just the block. Ops that take it declare {@link #ORIGIN_SPEC} and {@link #SIZE_SPEC}, check it in
 * their {@code checkCall} ({@link #check}), size their output by it ({@link #outputInfo}) and plan blocks by
 * {@link #plan}.
 */
public final class InteriorWindow {

	/** Internal: the first pixel of the call's result within the whole result, per axis. */
	public static final String ORIGIN = "interiorOrigin";
	/** Internal: the call's result pixels per axis. */
	public static final String SIZE = "interiorSize";

	private InteriorWindow() {
		// NB: static holder
	}

	/** The internal parameter {@value #ORIGIN}, to add to an op's declaration (with {@link #SIZE_SPEC}). */
	public static final ParameterSpec ORIGIN_SPEC = ParameterSpec.integer(ORIGIN).range(0, Integer.MAX_VALUE).unit("px")
		.perAxis().internal().description("internal: the first pixel of this call's result within the op's whole result")
		.build();

	/** The internal parameter {@value #SIZE}, to add to an op's declaration (with {@link #ORIGIN_SPEC}). */
	public static final ParameterSpec SIZE_SPEC = ParameterSpec.integer(SIZE).range(1, Integer.MAX_VALUE).unit("px")
		.perAxis().internal().description("internal: the pixels of the op's whole result this call returns").build();

	/** Whether the call gives the window (checked calls give both parameters or neither). */
	public static boolean isGiven(final Parameters params) {
		return params.has(ORIGIN);
	}

	/** The parameters that ask for the box {@code [min, max]} (inclusive, per axis) of the result. */
	public static Map<String, Object> parameters(final long[] min, final long[] max) {
		final int[] origin = new int[min.length];
		final int[] size = new int[min.length];
		for (int d = 0; d < min.length; d++) {
			origin[d] = Math.toIntExact(min[d]);
			size[d] = Math.toIntExact(max[d] - min[d] + 1);
		}
		final Map<String, Object> p = new LinkedHashMap<>();
		p.put(ORIGIN, origin);
		p.put(SIZE, size);
		return p;
	}

	/** The window's origin per axis for an image of {@code n} dimensions; zeros when the call gives none. */
	public static long[] origin(final Parameters params, final int n) {
		final long[] out = new long[n];
		if (!isGiven(params)) return out;
		final int[] o = params.integers(ORIGIN, n);
		for (int d = 0; d < n; d++)
			out[d] = o[d];
		return out;
	}

	/** The window's size per axis for an image of {@code n} dimensions, of a call that gives it. */
	public static long[] size(final Parameters params, final int n) {
		final int[] s = params.integers(SIZE, n);
		final long[] out = new long[n];
		for (int d = 0; d < n; d++)
			out[d] = s[d];
		return out;
	}

	/**
	 * The size and kind of the call's result on {@code input} in {@code kind}: the window's size, or the input's when
	 * the call gives none.
	 */
	public static ImageInfo outputInfo(final ImageInfo input, final Parameters params, final PixelKind kind) {
		return isGiven(params) ? new ImageInfo(size(params, input.numDimensions()), kind) : input.withKind(kind);
	}

	/**
	 * Checks the window of a call of {@code opId} on {@code inputs} (the first is the image): both parameters or
	 * neither, and a box inside the input ({@value #SIZE} ≥ 1 is the declaration's own range).
	 *
	 * @throws IllegalArgumentException naming the op, the parameters, their values and what is allowed
	 */
	public static void check(final String opId, final List<ImageInfo> inputs, final Parameters params) {
		if (params.has(ORIGIN) != params.has(SIZE)) throw new IllegalArgumentException(opId +
			": the internal parameters '" + ORIGIN + "' and '" + SIZE + "' go together; give both or neither");
		if (!isGiven(params)) return;
		final ImageInfo in = inputs.get(0);
		final int n = in.numDimensions();
		final int[] origin = params.integers(ORIGIN, n);
		final int[] size = params.integers(SIZE, n);
		for (int d = 0; d < n; d++)
			if ((long) origin[d] + size[d] > in.dimension(d)) throw new IllegalArgumentException(opId +
				": internal parameters '" + ORIGIN + "' = " + ParameterSpec.toText(params.get(ORIGIN)) + " and '" + SIZE +
				"' = " + ParameterSpec.toText(params.get(SIZE)) + " reach pixel " + ((long) origin[d] + size[d] - 1) +
				" on axis " + "xyz".charAt(d) + " of input 'image' (" + in.sizeString() +
				"); allowed: origin + size ≤ the input's size on every axis");
	}

	/**
	 * The block plan of a local op that takes the window and reads {@code halo} per axis: a call that gives the
	 * window maps its result's blocks onto the input boxes they read ({@link #blockwise}); any other call is local
	 * with that halo, and its block calls return their interior only ({@link BlockPlan#localWithInteriorWindow}).
	 */
	public static BlockPlan plan(final Parameters params, final ImageInfo image, final long[] halo) {
		return isGiven(params) ? blockwise(params, image, halo) : BlockPlan.localWithInteriorWindow(halo);
	}

	/**
	 * The plan of a call that gives the window, by output block: each block of its result is the window call on the
	 * input box the block reads with {@code halo} (clipped to the input), with the window moved to that box.
	 */
	public static BlockPlan blockwise(final Parameters params, final ImageInfo image, final long[] halo) {
		return BlockPlan.indexMapping(new Blocks(image.dimensions(), origin(params, image.numDimensions()), halo));
	}

	/** Output block of a window call to the input box it reads and the window within that box. */
	private static final class Blocks implements IndexMapping {

		private static final long serialVersionUID = 1L;

		private final long[] dims;
		private final long[] origin;
		private final long[] halo;

		Blocks(final long[] dims, final long[] origin, final long[] halo) {
			this.dims = dims;
			this.origin = origin;
			this.halo = halo;
		}

		@Override
		public long[][] source(final long[] outMin, final long[] outMax) {
			final long[][] box = new long[2][dims.length];
			for (int d = 0; d < dims.length; d++) {
				final long h = halo[Math.min(d, halo.length - 1)];
				box[0][d] = Math.max(0, origin[d] + outMin[d] - h);
				box[1][d] = Math.min(dims[d] - 1, origin[d] + outMax[d] + h);
			}
			return box;
		}

		@Override
		public Map<String, Object> parameters(final long[] outMin, final long[] outMax) {
			final long[] from = source(outMin, outMax)[0];
			final long[] min = new long[dims.length];
			final long[] max = new long[dims.length];
			for (int d = 0; d < dims.length; d++) {
				min[d] = origin[d] + outMin[d] - from[d];
				max[d] = origin[d] + outMax[d] - from[d];
			}
			return InteriorWindow.parameters(min, max);
		}
	}
}
