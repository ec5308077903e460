package io.github.fijidispatch.backend.imglib2;

import java.util.List;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code measure.stats} on the CPU: one parallel pass, a {@link Moments} per
 * chunk, merged; see {@link StatsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Stats extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Stats() {
		super(StatsOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final List<Moments> parts = LoopBuilder.setImages(Views.zeroMin(image)).multiThreaded().forEachChunk(chunk -> {
			final Moments m = new Moments();
			chunk.forEachPixel(p -> m.add(p.getRealDouble()));
			return m;
		});
		final Moments all = new Moments();
		for (final Moments m : parts)
			all.merge(m);
		return new ResultTable(StatsOp.COLUMNS).addRow(all.min(), all.max(), all.mean(), all.sum(), all.stddev(),
			all.count());
	}
}
