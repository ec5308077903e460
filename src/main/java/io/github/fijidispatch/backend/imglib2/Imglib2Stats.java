package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.measure.StatsOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code measure.stats} on the CPU: one parallel pass, a {@link Moments} per
 * fixed group of blocks ({@link PixelBlocks}), merged in order; images of integer kinds up to
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

	/**
	 * Blocks per group, at least: a group of 64 Ki pixels is the unit of
	 * parallel work and of merging.
	 */
	private static final long GROUP = 16;
	/** Groups per image, at most: their moments stay small beside the image. */
	private static final long MAX_GROUPS = 1 << 16;

	/**
	 * One {@link Moments} per group of consecutive blocks, in block order. The
	 * groups depend only on the image's size, never on the threads: each
	 * group's blocks are added in order and the groups merged in order, so the
	 * statistics are the same bits whatever the thread count. A float32 or
	 * float64 block is added as stored ({@link Moments#addFinite(float[], int, int)}),
	 * any block with a NaN sum (NaN values, or both infinities) through doubles
	 * ({@link Moments#addAll}), which counts NaN apart.
	 */
	private static List<Moments> fromBlocks(final PixelBlocks pixels) {
		final long blocks = pixels.count();
		final long perGroup = Math.max(GROUP, (blocks + MAX_GROUPS - 1) / MAX_GROUPS);
		final Moments[] groups = new Moments[(int) ((blocks + perGroup - 1) / perGroup)];
		final boolean stored = pixels.kind() == PixelKind.FLOAT32 || pixels.kind() == PixelKind.FLOAT64;
		ParallelRanges.forEach(groups.length, 1, (first, end) -> {
			final PixelBlocks.Reader reader = pixels.reader();
			final double[] block = new double[(int) Math.min(PixelBlocks.BLOCK, pixels.size())];
			for (long g = first; g < end; g++) {
				final Moments m = new Moments();
				final long last = Math.min(blocks, (g + 1) * perGroup);
				for (long b = g * perGroup; b < last; b++) {
					if (stored) {
						final int n = reader.load(b);
						final Object array = reader.array();
						final boolean added = array instanceof float[] ? m.addFinite((float[]) array, reader.offset(), n)
							: m.addFinite((double[]) array, reader.offset(), n);
						if (added) continue;
					}
					final int n = reader.doubles(b, block);
					m.addAll(block, n);
				}
				groups[(int) g] = m;
			}
		});
		return Arrays.asList(groups);
	}
}
