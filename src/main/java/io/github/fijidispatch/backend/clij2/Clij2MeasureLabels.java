package io.github.fijidispatch.backend.clij2;

import java.nio.FloatBuffer;
import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code label.measure} with the backend's {@code label_statistics} kernel:
 * one work item per label 1..max scans the image and sums area, intensity,
 * min, max and coordinates in float, NaN intensities left out of sum, min and
 * max (CLIJ2's {@code statisticsOfLabelledPixels}
 * is not used: its table has rows for absent labels and other columns); one
 * more work item counts fractional labels ≥ 1, which fail the call as bad
 * input, like labels above 2^24; images over 2^24 pixels are declined. The 8 values per label are pulled to the
 * host and labels with area 0 are left out. The work grows with pixels ×
 * labels: fine for the few hundred labels of typical segmentations, slow for
 * very many. See {@link MeasureLabelsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2MeasureLabels extends AbstractClij2Implementation {

	/** The largest label of the contract. */
	static final double MAX_LABEL = 1 << 24;

	private static final int VALUES = 8;

	public Clij2MeasureLabels() {
		super(MeasureLabelsOp.ID);
	}

	@Override
	protected Support accepts(final OpCall call) {
		return Clij2FloatCounts.fits(call, "measures labels with sums");
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer labels = input(call, 0);
		final ClearCLBuffer intensity = input(call, 1);
		final CLIJ2 clij2 = ws.clij2();
		final double maxLabel = clij2.getMaximumOfAllPixels(labels);
		if (maxLabel > MAX_LABEL) throw new IllegalArgumentException(MeasureLabelsOp.ID + ": input 'labels' holds " + maxLabel +
			"; allowed: whole numbers from 1 to 2^24 for labels, 0 or less for background");
		final int count = maxLabel >= 1 ? (int) Math.floor(maxLabel) : 0;
		final ClearCLBuffer stats = ws.floats(new long[] { (long) VALUES * (count + 1) });
		final Map<String, Object> p = Clij2Kernels.sizeParameters(labels);
		p.put("dst", stats);
		p.put("labels", labels);
		p.put("intensity", intensity);
		p.put("labelCount", count);
		Clij2Kernels.run(clij2, "label_statistics", count + 1, p);
		final float[] v = new float[VALUES * (count + 1)];
		stats.writeTo(FloatBuffer.wrap(v), true);
		if (v[VALUES * count] > 0) throw new IllegalArgumentException(MeasureLabelsOp.ID + ": input 'labels' holds " +
			(long) v[VALUES * count] + " fractional values of 1 or more; allowed: whole numbers from 1 to 2^24 for labels, " +
			"0 or less for background");
		final ResultTable table = new ResultTable(MeasureLabelsOp.COLUMNS);
		for (int k = 0; k < count; k++) {
			final int o = VALUES * k;
			final double n = v[o];
			if (n == 0) continue;
			// NB: NaN intensities are no data: mean, min and max are over the v[o + 7] others
			final double valued = v[o + 7];
			table.addRow(k + 1, n, valued == 0 ? Double.NaN : v[o + 1] / valued, valued == 0 ? Double.NaN : v[o + 2],
				valued == 0 ? Double.NaN : v[o + 3], v[o + 4] / n, v[o + 5] / n, v[o + 6] / n);
		}
		return table;
	}
}
