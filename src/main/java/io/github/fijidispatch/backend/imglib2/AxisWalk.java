package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

import net.imglib2.Dimensions;

/**
 * Where each output pixel of a flip, quarter turn or crop comes from: output
 * axis {@code e} walks source axis {@code sourceAxis(e)} from
 * {@code start(e)} one step forwards or backwards per output pixel, so that
 * source coordinate {@code sourceAxis(e)} = {@code start(e) + direction(e)·o_e}.
 * Immutable; each transformation returns a new walk of the transformed
 * output. Every source pixel a walk reaches lies inside the source.
 */
final class AxisWalk {

	private final int[] sourceAxis;
	private final long[] start;
	private final int[] direction;
	private final long[] outputDims;

	private AxisWalk(final int[] sourceAxis, final long[] start, final int[] direction, final long[] outputDims) {
		this.sourceAxis = sourceAxis;
		this.start = start;
		this.direction = direction;
		this.outputDims = outputDims;
	}

	/** The identity walk over a source of these dimensions: the output is a copy. */
	static AxisWalk over(final Dimensions source) {
		final int n = source.numDimensions();
		final int[] axes = new int[n];
		final int[] directions = new int[n];
		for (int d = 0; d < n; d++) {
			axes[d] = d;
			directions[d] = 1;
		}
		return new AxisWalk(axes, new long[n], directions, source.dimensionsAsLongArray());
	}

	/** The output mirrored along output axis {@code axis}. */
	AxisWalk flipped(final int axis) {
		final AxisWalk w = copy();
		w.start[axis] = start[axis] + direction[axis] * (outputDims[axis] - 1);
		w.direction[axis] = -direction[axis];
		return w;
	}

	/**
	 * The output turned one quarter clockwise in its XY plane (y pointing
	 * down): new pixel {@code (x, y)} is old pixel {@code (y, H − 1 − x)}.
	 */
	AxisWalk turnedClockwise() {
		final AxisWalk w = copy();
		final long height = outputDims[1];
		w.sourceAxis[0] = sourceAxis[1];
		w.start[0] = start[1] + direction[1] * (height - 1);
		w.direction[0] = -direction[1];
		w.outputDims[0] = height;
		w.sourceAxis[1] = sourceAxis[0];
		w.start[1] = start[0];
		w.direction[1] = direction[0];
		w.outputDims[1] = outputDims[0];
		return w;
	}

	/** The part of the output from {@code min} to {@code max} (inclusive, within the output). */
	AxisWalk cropped(final long[] min, final long[] max) {
		final AxisWalk w = copy();
		for (int e = 0; e < outputDims.length; e++) {
			if (min[e] < 0 || max[e] >= outputDims[e] || min[e] > max[e]) throw new IllegalArgumentException("crop [" +
				min[e] + ", " + max[e] + "] outside axis " + e + " of size " + outputDims[e]);
			w.start[e] = start[e] + direction[e] * min[e];
			w.outputDims[e] = max[e] - min[e] + 1;
		}
		return w;
	}

	int numDimensions() {
		return outputDims.length;
	}

	long[] outputDimensions() {
		return outputDims.clone();
	}

	int sourceAxis(final int outputAxis) {
		return sourceAxis[outputAxis];
	}

	long start(final int outputAxis) {
		return start[outputAxis];
	}

	/** +1 or −1. */
	int direction(final int outputAxis) {
		return direction[outputAxis];
	}

	/** Fills {@code source} with the source coordinates of output pixel {@code output}. */
	void sourceOf(final long[] output, final long[] source) {
		for (int e = 0; e < output.length; e++)
			source[sourceAxis[e]] = start[e] + direction[e] * output[e];
	}

	private AxisWalk copy() {
		return new AxisWalk(sourceAxis.clone(), start.clone(), direction.clone(), outputDims.clone());
	}

	@Override
	public String toString() {
		return "AxisWalk" + Arrays.toString(sourceAxis) + " from " + Arrays.toString(start) + " by " +
			Arrays.toString(direction) + " over " + Arrays.toString(outputDims);
	}
}
