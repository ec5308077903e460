package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.measure.StatsOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code measure.stats} on the CPU: one parallel pass, a {@link Moments} per
 * range of blocks ({@link PixelBlocks}), merged; images of integer kinds up to
 * 16 bits count a histogram instead and take the moments of its bins. NaN
 * pixels are counted apart ({@link Moments}). See
 * {@link StatsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Stats extends AbstractImglib2Implementation {

	public Imglib2Stats() {
		super(StatsOp.ID);
	}

	/** Any size: it reads the input in blocks and keeps only moments or a histogram, no image-sized array. */
	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Support.yes();
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final PixelBlocks pixels = PixelBlocks.of(image);
		List<Moments> parts = fromHistogram(pixels);
		if (parts == null) parts = fromBlocks(pixels);
		final Moments all = new Moments();
		for (final Moments m : parts)
			all.merge(m);
		return all.table();
	}

	/**
	 * The moments of an image of an integer kind of at most 16 bits from its
	 * histogram ({@link PixelBlocks#histogram}), when it has more pixels than
	 * the histogram has bins; {@code null} otherwise.
	 */
	private static List<Moments> fromHistogram(final PixelBlocks pixels) {
		final PixelArrays arrays = pixels.arrays();
		if (!arrays.isIndexed() || pixels.size() < 4L * arrays.entries()) return null;
		final long[] histogram = pixels.histogram();
		final Moments m = new Moments();
		for (int i = 0; i < histogram.length; i++)
			m.addRepeated(arrays.valueOf(i), histogram[i]);
		return Collections.singletonList(m);
	}

	/** One {@link Moments} per parallel range of blocks, added block-wise. */
	private static List<Moments> fromBlocks(final PixelBlocks pixels) {
		final List<Moments> parts = Collections.synchronizedList(new ArrayList<>());
		pixels.forEachRange((reader, first, end) -> {
			final Moments m = new Moments();
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, block);
				m.addAll(block, n);
			}
			parts.add(m);
		});
		return parts;
	}
}
