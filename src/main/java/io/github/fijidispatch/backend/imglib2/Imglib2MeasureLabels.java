package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code label.measure} on the CPU: one pass over the pixels, slab by slab in
 * parallel, each slab filling its own {@link LabelStatistics}, merged at the
 * end. A fractional label, or one above 2^24, fails the call with a message
 * naming the value and where it is; see {@link MeasureLabelsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2MeasureLabels extends AbstractImglib2Implementation {

	public Imglib2MeasureLabels() {
		super(MeasureLabelsOp.ID);
	}

	/** Any size: it walks the inputs with cursors and keeps only per-label sums, no image-sized array. */
	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Support.yes();
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> labelInput = call.hostImage(0);
		final RandomAccessibleInterval<? extends RealType<?>> intensityInput = call.hostImage(1);
		final RandomAccessibleInterval<? extends RealType<?>> labels = Views.zeroMin(labelInput);
		final RandomAccessibleInterval<? extends RealType<?>> intensity = Views.zeroMin(intensityInput);
		final List<LabelStatistics> parts = ParallelRanges.mapSlabs(labels, slab -> {
			final LabelStatistics stats = new LabelStatistics();
			final Cursor<? extends RealType<?>> l = Views.flatIterable(Views.interval(labels, slab)).localizingCursor();
			final Cursor<? extends RealType<?>> v = Views.flatIterable(Views.interval(intensity, slab)).cursor();
			final long[] position = new long[labels.numDimensions()];
			while (l.hasNext()) {
				final double value = l.next().getRealDouble();
				final double intensityValue = v.next().getRealDouble();
				if (!(value >= 1)) continue;
				l.localize(position);
				stats.add(label(value, position), intensityValue, position);
			}
			return stats;
		});
		final LabelStatistics all = new LabelStatistics();
		for (final LabelStatistics part : parts)
			all.merge(part);
		return all.table();
	}

	private static int label(final double value, final long[] position) {
		if (value != Math.rint(value) || value > LabelStatistics.MAX_LABEL) throw new IllegalArgumentException(
			MeasureLabelsOp.ID + ": input 'labels' holds " + value + " at " + Arrays.toString(position) +
				"; allowed: whole numbers from 1 to 2^24 for labels, 0 or less for background");
		return (int) value;
	}
}
