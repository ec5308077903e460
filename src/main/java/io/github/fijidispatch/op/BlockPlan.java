package io.github.fijidispatch.op;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What an op needs to run block by block and still give the whole-image
 * result: declared by each op for a call ({@link Op#blockwise}) and carried
 * out by the block engine. Plain and serialisable, so that a plan made here
 * can be shipped to other machines later.
 * <ul>
 * <li>{@link Kind#LOCAL}: every output pixel depends on the input pixels
 * within {@link #halo()} of it (per axis); each block is read with that halo
 * (clipped at the image border, where the op applies its own border rule) and
 * its interior kept. A halo of 0 is a point-wise op. A plan that
 * {@link #takesInteriorWindow() takes the interior window} lets the engine
 * ask each block call for the interior only ({@link InteriorWindow}).</li>
 * <li>{@link Kind#INDEX_MAPPING}: each output block is the op applied to the
 * input box {@link #mapping()} names.</li>
 * <li>{@link Kind#AXIS_REDUCTION}: blocks span the whole of {@link #axis()},
 * and each is reduced along it into its part of the output.</li>
 * <li>The other kinds are global: partial results per block are merged
 * (moments, sums, a histogram, label stitching) as the kind says.</li>
 * <li>{@link Kind#NOT_PLANNED}: the op has no blockwise plan yet; the engine
 * refuses it with {@link #reason()} rather than give a different answer.</li>
 * </ul>
 */
public final class BlockPlan implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The ways an op can run by blocks. */
	public enum Kind {
		/** Each block with a halo, then its interior. */
		LOCAL,
		/** Each output block from the input box it maps from. */
		INDEX_MAPPING,
		/** Blocks spanning one axis, each reduced along it. */
		AXIS_REDUCTION,
		/** Partial moments (count, sum, sum of squares, min, max) per block, merged. */
		MERGED_MOMENTS,
		/** Partial sums of squared differences per block, merged. */
		MERGED_SUMS,
		/** The finite [min, max] merged from blocks, then a point-wise apply with those bounds. */
		GLOBAL_RANGE,
		/** A histogram merged from blocks over the global range, then a local apply. */
		GLOBAL_HISTOGRAM,
		/** Labels per block from globally unique ids, joined across block faces, then renumbered. */
		LABEL_STITCH,
		/** Background components per block, joined across block faces; those touching the image border stay background. */
		BORDER_STITCH,
		/** Partial sums per label and block, merged by label. */
		LABEL_SUMS,
		/** No blockwise plan: the op runs on whole images only. */
		NOT_PLANNED
	}

	private final Kind kind;
	private final long[] halo;
	private final int axis;
	private final IndexMapping mapping;
	private final String reason;
	private final boolean interiorWindow;

	private BlockPlan(final Kind kind, final long[] halo, final int axis, final IndexMapping mapping,
		final String reason, final boolean interiorWindow)
	{
		this.kind = kind;
		this.halo = halo;
		this.axis = axis;
		this.mapping = mapping;
		this.reason = reason;
		this.interiorWindow = interiorWindow;
	}

	private BlockPlan(final Kind kind, final long[] halo, final int axis, final IndexMapping mapping,
		final String reason)
	{
		this(kind, halo, axis, mapping, reason, false);
	}

	/** A local op whose output pixels read the input within {@code halo} pixels per axis. */
	public static BlockPlan local(final long... halo) {
		for (final long h : halo)
			if (h < 0) throw new IllegalArgumentException("a halo must be ≥ 0 per axis, got " + Arrays.toString(halo));
		return new BlockPlan(Kind.LOCAL, halo.clone(), -1, null, null);
	}

	/**
	 * A local op whose output pixels read the input within {@code halo} pixels per axis, and that takes the
	 * {@link InteriorWindow} parameters: each block call can return just the block's interior.
	 */
	public static BlockPlan localWithInteriorWindow(final long... halo) {
		return new BlockPlan(Kind.LOCAL, local(halo).halo, -1, null, null, true);
	}

	/** A local op with the same halo on each of {@code n} axes. */
	public static BlockPlan local(final int n, final long halo) {
		final long[] h = new long[n];
		Arrays.fill(h, halo);
		return local(h);
	}

	/** A point-wise op (halo 0) on an image of {@code n} dimensions. */
	public static BlockPlan pointwise(final int n) {
		return local(n, 0);
	}

	/** An op that copies pixels from where {@code mapping} says. */
	public static BlockPlan indexMapping(final IndexMapping mapping) {
		if (mapping == null) throw new IllegalArgumentException("an index mapping plan needs its mapping");
		return new BlockPlan(Kind.INDEX_MAPPING, null, -1, mapping, null);
	}

	/** A reduction along {@code axis}. */
	public static BlockPlan axisReduction(final int axis) {
		return new BlockPlan(Kind.AXIS_REDUCTION, null, axis, null, null);
	}

	/** One of the global plans (merged moments, sums, range, histogram, stitching, label sums). */
	public static BlockPlan global(final Kind kind) {
		if (kind == Kind.LOCAL || kind == Kind.INDEX_MAPPING || kind == Kind.AXIS_REDUCTION || kind == Kind.NOT_PLANNED)
			throw new IllegalArgumentException(kind + " is not a global plan; use its own factory");
		return new BlockPlan(kind, null, -1, null, null);
	}

	/** No blockwise plan, for the reason given (which a refusal quotes). */
	public static BlockPlan notPlanned(final String reason) {
		return new BlockPlan(Kind.NOT_PLANNED, null, -1, null, reason);
	}

	public Kind kind() {
		return kind;
	}

	/** The halo per axis of a {@link Kind#LOCAL} plan. */
	public long[] halo() {
		if (halo == null) throw new IllegalStateException(kind + " has no halo");
		return halo.clone();
	}

	/**
	 * Whether the op takes the {@link InteriorWindow} parameters for this call: a {@link Kind#LOCAL} block call can
	 * then compute and return the block's interior only, instead of its whole halo box.
	 */
	public boolean takesInteriorWindow() {
		return interiorWindow;
	}

	/** The axis of an {@link Kind#AXIS_REDUCTION}. */
	public int axis() {
		if (kind != Kind.AXIS_REDUCTION) throw new IllegalStateException(kind + " has no axis");
		return axis;
	}

	/** The mapping of an {@link Kind#INDEX_MAPPING}. */
	public IndexMapping mapping() {
		if (mapping == null) throw new IllegalStateException(kind + " has no index mapping");
		return mapping;
	}

	/** Why a {@link Kind#NOT_PLANNED} op has no plan. */
	public String reason() {
		return reason == null ? "" : reason;
	}

	/** The plan in a few words, e.g. {@code local, halo 8×8×4}, for tables and messages. */
	public String describe() {
		switch (kind) {
			case LOCAL:
				if (Arrays.stream(halo).allMatch(h -> h == 0)) return "point-wise";
				final StringBuilder sb = new StringBuilder("local, halo ");
				for (int d = 0; d < halo.length; d++)
					sb.append(d == 0 ? "" : "×").append(halo[d]);
				return sb.toString();
			case INDEX_MAPPING:
				return "index mapping by output block";
			case AXIS_REDUCTION:
				return "reduction along " + "xyz".charAt(axis);
			case MERGED_MOMENTS:
				return "merged partial moments";
			case MERGED_SUMS:
				return "merged partial sums";
			case GLOBAL_RANGE:
				return "global [min, max], then point-wise apply";
			case GLOBAL_HISTOGRAM:
				return "global histogram, then local apply";
			case LABEL_STITCH:
				return "labels stitched across blocks";
			case BORDER_STITCH:
				return "background stitched across blocks";
			case LABEL_SUMS:
				return "merged per-label sums";
			default:
				return "not planned: " + reason;
		}
	}

	@Override
	public String toString() {
		return describe();
	}
}
