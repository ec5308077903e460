package io.github.fijidispatch.op;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.scijava.plugin.SciJavaPlugin;

/**
 * The definition of one image operation: its stable id, how users see it, its
 * typed parameters and its contract. An {@code Op} does not compute anything;
 * backends implement it (see {@code backend.OpImplementation}) and must agree
 * with the reference backend within {@link #tolerance()}.
 * <p>
 * Ops are SciJava plugins: {@code @Plugin(type = Op.class)}. The dispatch
 * service validates every call through its op, once, before any backend runs.
 * </p>
 */
public interface Op extends SciJavaPlugin {

	/**
	 * Stable id of the form {@link OpIds#FORM}: {@code category.name} in
	 * lowercase snake case, e.g. {@code filter.gauss}, {@code math.add_scalar}.
	 * It names the op in every surface (Java, command line, macros, cost-model
	 * files) and does not change; an op that is renamed keeps its old id in
	 * {@link #deprecatedIds()}.
	 */
	String id();

	/**
	 * Former ids of this op, still accepted wherever an op id is taken (with a
	 * deprecation warning naming the current id) and read back from files
	 * written with them; never listed. Empty unless the op was renamed.
	 */
	default List<String> deprecatedIds() {
		return Collections.emptyList();
	}

	/** Human label, e.g. {@code Gaussian Blur}; menus add " (Dispatch)". */
	String label();

	/** Menu category, e.g. {@code Filters}. */
	String category();

	/** One sentence: what the op computes. */
	String description();

	/** Names of the image inputs, in call order. */
	List<String> inputNames();

	/** The typed parameters, in declaration order. */
	List<ParameterSpec> parameters();

	OutputKind outputKind();

	/**
	 * How closely a backend must agree with the reference backend; the class
	 * javadoc of the op states it as {@link Tolerance#sentence()}. A rule that
	 * depends on a parameter is resolved per call with
	 * {@link Tolerance#forCall}.
	 */
	Tolerance tolerance();

	/**
	 * What the op does with NaN and infinities: its rule of {@code OPS.md}
	 * ("Non-finite pixels"). The op's javadoc states {@link NonFinite#sentence()}
	 * word for word, and every backend honours it or declines.
	 */
	NonFinite nonFinite();

	/**
	 * Checks and completes a caller's parameters: unknown names, wrong types,
	 * values out of range and missing required values are rejected.
	 *
	 * @throws IllegalArgumentException naming the op, the parameter, the value
	 *           and what is allowed
	 */
	Parameters resolve(Map<String, ?> raw);

	/**
	 * Checks the inputs (count, dimensionality, pixel kinds, sizes) against
	 * the parameters.
	 *
	 * @throws IllegalArgumentException naming the op, the input, what it is
	 *           and what is allowed
	 */
	void check(List<ImageInfo> inputs, Parameters params);

	/**
	 * The size and kind of the image this call produces, or {@code null} for a
	 * table. Dispatch checks every backend's result against it.
	 */
	ImageInfo outputInfo(List<ImageInfo> inputs, Parameters params);

	/**
	 * Whether a call may overwrite one of its inputs with its result: the
	 * <em>inplace</em> output mode of ImageJ Ops and SciJava Ops
	 * ({@code dispatch.op(id).input(img).inPlace().run()}). True only for ops
	 * whose every output pixel depends on the input pixels at the same position
	 * alone (point ops, masks of a threshold, conversions), so that a result
	 * written over its input is the result computed beside it. Even then a call
	 * runs in place only when its result has the size and pixel kind of the
	 * input it overwrites ({@link #outputInfo}): {@code math.add} of two uint8
	 * images in place, not of a uint8 and a uint16 image into the uint8 one.
	 * Default: {@code false}.
	 */
	default boolean allowsInPlace() {
		return false;
	}

	/**
	 * What this call needs to run block by block and give the whole-image
	 * result (a halo, an index mapping, a reduction axis, or a merge of
	 * partial results), for the block engine. Every op declares it from the
	 * call's resolved parameters and its first input; an op without a plan
	 * says so with {@link BlockPlan#notPlanned} and a reason.
	 *
	 * @param image the first input
	 */
	BlockPlan blockwise(Parameters params, ImageInfo image);

	/**
	 * Per axis of the first input, the number its pixel size is divided by in
	 * the result (the calibration a written result carries): 1 on every axis
	 * (the default) keeps it; {@code transform.scale} gives its factors.
	 *
	 * @param image the first input
	 */
	default double[] pixelSizeDivisors(final Parameters params, final ImageInfo image) {
		final double[] kept = new double[image.numDimensions()];
		java.util.Arrays.fill(kept, 1);
		return kept;
	}
}
