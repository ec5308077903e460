package io.github.fijidispatch.backend.clij2;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

/**
 * What the {@code census} kernel finds in an image on the device: the counts
 * of NaN, +Inf, −Inf and finite pixels, and the sum, min and max of the
 * finite pixels, reduced per chunk on the device and merged in double on the
 * host. What the non-finite rules need that CLIJ2's reductions do not give
 * (its {@code getMinimumOfAllPixels} and {@code sumOfAllPixels} let NaN and
 * infinities through): the finite [min, max] of {@code threshold.auto}'s bins
 * and {@code convert.type}'s scaling, and {@code measure.stats} with NaN as no
 * data. One pass reads the image once; {@link #squaredDeviations} is a second.
 */
final class Clij2Census {

	/** Pixels per work item: few enough work items to merge, enough of them to keep the device busy. */
	private static final int CHUNK = 4096;
	private static final int VALUES = 8;

	private final Clij2Workspace ws;
	private final ClearCLBuffer image;
	private final long nan;
	private final long positive;
	private final long negative;
	private final long finite;
	private final double sum;
	private final double min;
	private final double max;

	private Clij2Census(final Clij2Workspace ws, final ClearCLBuffer image, final double[] totals) {
		this.ws = ws;
		this.image = image;
		nan = (long) totals[0];
		positive = (long) totals[1];
		negative = (long) totals[2];
		finite = (long) totals[3];
		sum = totals[4];
		min = totals[5];
		max = totals[6];
	}

	/** The most pixels the kernel addresses (32-bit indices). */
	static final long MAX_PIXELS = Integer.MAX_VALUE;

	/** Yes when the first input has at most {@link #MAX_PIXELS} pixels; else a no with the figures. */
	static Support fits(final OpCall call) {
		final long n = call.info(0).pixelCount();
		if (n <= MAX_PIXELS) return Support.yes();
		return Support.no("clij2 counts NaN and sums pixels with 32-bit indices, up to 2^31 − 1 pixels; this image has " +
			n + ": crop or tile it, or run on imglib2");
	}

	/** Counts {@code image} on the device (one kernel run, {@code 8 · pixels / 4096} floats pulled). */
	static Clij2Census of(final Clij2Workspace ws, final ClearCLBuffer image) {
		return new Clij2Census(ws, image, run(ws, image, 0));
	}

	/** The NaN pixels. */
	long nanCount() {
		return nan;
	}

	/** The pixels that are not NaN: finite or infinite. */
	long valueCount() {
		return finite + positive + negative;
	}

	/** Whether the image holds +Inf or −Inf. */
	boolean hasInfinities() {
		return positive > 0 || negative > 0;
	}

	/** The smallest finite pixel; NaN when none is finite. */
	double finiteMin() {
		return finite == 0 ? Double.NaN : min;
	}

	/** The largest finite pixel; NaN when none is finite. */
	double finiteMax() {
		return finite == 0 ? Double.NaN : max;
	}

	/** The smallest pixel that is not NaN (−Inf when there is one); NaN when all are NaN. */
	double min() {
		if (negative > 0) return Double.NEGATIVE_INFINITY;
		if (finite > 0) return min;
		return positive > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
	}

	/** The largest pixel that is not NaN (+Inf when there is one); NaN when all are NaN. */
	double max() {
		if (positive > 0) return Double.POSITIVE_INFINITY;
		if (finite > 0) return max;
		return negative > 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
	}

	/**
	 * The IEEE sum of the pixels that are not NaN: ±Inf when there are
	 * infinities of one sign, NaN for both signs or when every pixel is NaN.
	 */
	double sum() {
		if (valueCount() == 0) return Double.NaN;
		if (positive > 0 && negative > 0) return Double.NaN;
		if (positive > 0) return Double.POSITIVE_INFINITY;
		if (negative > 0) return Double.NEGATIVE_INFINITY;
		return sum;
	}

	/** {@code Σ (v − centre)²} over the finite pixels: a second kernel run. */
	double squaredDeviations(final double centre) {
		return run(ws, image, centre)[7];
	}

	/** Runs the kernel and merges its rows: counts and sums added, min and max compared. */
	private static double[] run(final Clij2Workspace ws, final ClearCLBuffer image, final double centre) {
		final long pixels = image.getVolume();
		final int items = (int) ((pixels + CHUNK - 1) / CHUNK);
		final ClearCLBuffer rows = ws.floats(new long[] { (long) VALUES * items });
		final Map<String, Object> p = new HashMap<>();
		p.put("dst", rows);
		p.put("src", image);
		p.put("count", (int) pixels);
		p.put("chunk", CHUNK);
		p.put("centre", (float) centre);
		Clij2Kernels.run(ws.clij2(), "census", items, p);
		final float[] v = new float[VALUES * items];
		rows.writeTo(FloatBuffer.wrap(v), true);
		final double[] totals = { 0, 0, 0, 0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0 };
		for (int c = 0; c < items; c++) {
			final int o = VALUES * c;
			for (final int k : new int[] { 0, 1, 2, 3, 4, 7 })
				totals[k] += v[o + k];
			totals[5] = Math.min(totals[5], v[o + 5]);
			totals[6] = Math.max(totals[6], v[o + 6]);
		}
		return totals;
	}
}
