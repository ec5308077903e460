package io.github.fijidispatch.backend.clij2;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import ij.process.AutoThresholder;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code threshold.auto} on the device. The contract's 256-bin histogram
 * (grey values for uint8, equal bins over the finite [min, max] otherwise, from
 * {@link Clij2Census}: CLIJ2's reductions let NaN and ±Inf through) is counted by
 * the {@code bin_counts} kernel against exact float bin edges
 * ({@link Clij2ThresholdEdges}; CLIJ2's own {@code histogram} bins in float
 * with other edges), pulled to the host (256 values), handed to ImageJ's
 * {@link AutoThresholder}, and the mask {@code pixel ≥ t} is made on the
 * device with {@code greaterOrEqualConstant} (0/1, scaled to 0/255). Counts
 * are float on the device, so images over 2^24 pixels are declined. See
 * {@link AutoThresholdOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2AutoThreshold extends AbstractClij2Implementation {

	public Clij2AutoThreshold() {
		super(AutoThresholdOp.ID);
	}

	@Override
	protected Support accepts(final OpCall call) {
		return Clij2FloatCounts.fits(call, "counts the threshold histogram");
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: a 0/1 uint8 mask besides the result, a quarter of a float image.
		return 1;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final CLIJ2 clij2 = ws.clij2();
		final Clij2ThresholdEdges edges;
		if (call.info(0).kind() == PixelKind.UINT8) edges = new Clij2ThresholdEdges(0, AutoThresholdOp.BINS);
		else {
			final Clij2Census census = Clij2Census.of(ws, in);
			final double min = census.finiteMin();
			final double max = census.finiteMax();
			edges = max > min ? new Clij2ThresholdEdges(min, max - min) : null;
		}
		final ClearCLBuffer ones = ws.create(in.getDimensions(), PixelKind.UINT8);
		final int level = edges == null ? -1 : level(histogram(ws, in, edges), call.params().choice("method"));
		if (level < 0 || level >= AutoThresholdOp.BINS - 1) Clij2Workspace.check(clij2.set(ones, 0), "set");
		else Clij2Workspace.check(clij2.greaterOrEqualConstant(in, ones, (double) edges.above(level)),
			"greaterOrEqualConstant");
		return ws.mask255(ones);
	}

	/** The contract's histogram, counted on the device. */
	private static int[] histogram(final Clij2Workspace ws, final ClearCLBuffer in, final Clij2ThresholdEdges edges) {
		final int bins = AutoThresholdOp.BINS;
		final ClearCLBuffer edgeBuffer = ws.floats(new long[] { bins + 1 });
		edgeBuffer.readFrom(FloatBuffer.wrap(edges.edges()), true);
		final ClearCLBuffer counts = ws.floats(new long[] { bins });
		final Map<String, Object> p = new HashMap<>();
		p.put("dst", counts);
		p.put("src", in);
		p.put("edges", edgeBuffer);
		p.put("count", (int) in.getVolume());
		Clij2Kernels.run(ws.clij2(), "bin_counts", bins, p);
		final float[] values = new float[bins];
		counts.writeTo(FloatBuffer.wrap(values), true);
		final int[] histogram = new int[bins];
		for (int b = 0; b < bins; b++)
			histogram[b] = (int) values[b];
		return histogram;
	}

	/** The bin level ImageJ's AutoThresholder picks; −1 when there is none (fewer than two occupied bins). */
	static int level(final int[] histogram, final String methodName) {
		int occupied = 0;
		for (final int count : histogram)
			if (count > 0) occupied++;
		if (occupied < 2) return -1;
		// NB: some methods modify the histogram they are given.
		return new AutoThresholder().getThreshold(AutoThresholder.Method.valueOf(methodName), histogram.clone());
	}
}
