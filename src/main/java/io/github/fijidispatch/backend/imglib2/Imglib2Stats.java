package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
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
 * chunk, merged (plain array blocks for array-backed images, {@link FlatPixels});
 * array-backed images of integer kinds up to 16 bits count a histogram
 * instead and take the moments of its bins. NaN pixels are counted apart
 * ({@link Moments}). See {@link StatsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Stats extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Stats() {
		super(StatsOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		List<Moments> parts = fromHistogram(image);
		if (parts == null) parts = fromArrays(image);
		if (parts == null) parts = LoopBuilder.setImages(Views.zeroMin(image)).multiThreaded().forEachChunk(chunk -> {
			final Moments m = new Moments();
			chunk.forEachPixel(p -> m.add(p.getRealDouble()));
			return m;
		});
		final Moments all = new Moments();
		for (final Moments m : parts)
			all.merge(m);
		return new ResultTable(StatsOp.COLUMNS).addRow(all.min(), all.max(), all.mean(), all.sum(), all.stddev(),
			all.count(), all.nanCount());
	}

	/**
	 * The moments of an array-backed image of an integer kind of at most 16
	 * bits from its histogram ({@link IndexedPixels}), when it has more pixels
	 * than the histogram has bins; {@code null} otherwise.
	 */
	private static List<Moments> fromHistogram(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final IndexedPixels pixels = IndexedPixels.of(image);
		if (pixels == null || pixels.size() < 4L * pixels.entries()) return null;
		final long[] histogram = pixels.histogram();
		final Moments m = new Moments();
		for (int i = 0; i < histogram.length; i++)
			m.addRepeated(pixels.valueOf(i), histogram[i]);
		return Collections.singletonList(m);
	}

	/** One {@link Moments} per parallel range of an array-backed image, added block-wise; {@code null} for other images. */
	private static List<Moments> fromArrays(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final FlatPixels pixels = FlatPixels.of(image);
		if (pixels == null) return null;
		final List<Moments> parts = Collections.synchronizedList(new ArrayList<>());
		FlatPixels.forEachRange(pixels.size(), (from, end) -> {
			final Moments m = new Moments();
			final double[] block = new double[FlatPixels.BLOCK];
			for (long flat = from; flat < end; flat += FlatPixels.BLOCK) {
				final int n = (int) Math.min(FlatPixels.BLOCK, end - flat);
				pixels.read(flat, block, n);
				m.addAll(block, n);
			}
			parts.add(m);
		});
		return parts;
	}
}
