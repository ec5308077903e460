package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.zarr.OmeAxis;

/**
 * The calibration (axes with unit and pixel size) of an op's result, from its first input's: kept when the result
 * has the input's dimensionality, the projected axis dropped for a projection, and x, y (, z) in pixels otherwise
 * (also for input axes without an OME-Zarr type, which a foreign file may have)
 * (also for input axes without an OME-Zarr type, which a foreign file may have); the op's
 * {@link Op#pixelSizeDivisors} divide the kept pixel sizes ({@code transform.scale}: divided by the factor).
 */
public final class OutputAxes {

	private OutputAxes() {
		// NB: static holder
	}

	/**
	 * @param inputAxes the first input's axes, x first (or {@code null}: pixels)
	 * @param input the first input
	 * @param output the result ({@code null} for a table)
	 * @param plan the call's block plan
	 * @return the result's axes, x first, or {@code null} for a table
	 */
	public static List<OmeAxis> of(final List<OmeAxis> inputAxes, final ImageInfo input, final ImageInfo output,
		final BlockPlan plan)
	{
		return of(inputAxes, input, output, plan, null);
	}

	/**
	 * As {@link #of(List, ImageInfo, ImageInfo, BlockPlan)}, with each kept axis's pixel size divided by
	 * {@code pixelSizeDivisors} (per input axis, x first; {@code null}: kept), as the op's
	 * {@link Op#pixelSizeDivisors} says.
	 */
	public static List<OmeAxis> of(final List<OmeAxis> inputAxes, final ImageInfo input, final ImageInfo output,
		final BlockPlan plan, final double[] pixelSizeDivisors)
	{
		if (output == null) return null;
		final int n = output.numDimensions();
		if (inputAxes == null || inputAxes.size() != input.numDimensions() || !writable(inputAxes)) return pixels(n);
		if (n == input.numDimensions()) return divided(inputAxes, pixelSizeDivisors);
		if (plan.kind() == BlockPlan.Kind.AXIS_REDUCTION && n == input.numDimensions() - 1) {
			final List<OmeAxis> kept = new ArrayList<>(inputAxes);
			kept.remove(plan.axis());
			return kept.size() >= 2 ? kept : pixels(n);
		}
		return pixels(n);
	}

	private static List<OmeAxis> divided(final List<OmeAxis> axes, final double[] divisors) {
		if (divisors == null) return axes;
		final List<OmeAxis> out = new ArrayList<>(axes.size());
		for (int d = 0; d < axes.size(); d++) {
			final double f = d < divisors.length ? divisors[d] : 1;
			out.add(f == 1 ? axes.get(d) : axes.get(d).withScale(axes.get(d).scale() / f));
		}
		return out;
	}

	/** Axes the suite can write as they are: each of a type OME-Zarr 0.4 names (a foreign file may give none). */
	private static boolean writable(final List<OmeAxis> axes) {
		for (final OmeAxis a : axes)
			if (!OmeAxis.TYPES.contains(a.type())) return false;
		return true;
	}

	private static List<OmeAxis> pixels(final int n) {
		return n >= 2 && n <= 3 ? OmeAxis.spatial(n) : null;
	}
}
