package io.github.fijidispatch.backend.imglib2;

import java.util.function.Supplier;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.MedianOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.median} on the CPU. NaN values rank above all others and are
 * counted out: the upper median of the {@code n} values that are not NaN, the
 * value of rank {@code n/2}, is the result, NaN when {@code n = 0}. The first
 * of these that applies computes it, all with that rule and the same borders
 * (clamp to edge):
 * <ol>
 * <li>radius 1 in 2D (3×3 box, cross of five) on an image without NaN: the
 * {@link SmallMedianNetwork}, branch-free min/max over each row;</li>
 * <li>integer kinds of at most 16 bits: a row sweep whose
 * {@link HistogramWindow} slides by replacing, per run, the value leaving on
 * the left with the one entering on the right (O(1) updates, a running median
 * pointer);</li>
 * <li>a float image without NaN that holds at most 2^16 distinct values
 * (integer data stored as float, quantised data): the same sweep on its
 * {@link OrdinalRanks}, mapped back (the median of ranks is the rank of the
 * median);</li>
 * <li>any other 2D image (many distinct values, NaN): the
 * {@link TiledRankMedian}, windows as bitsets over each tile's sorted
 * values;</li>
 * <li>otherwise (3D): a row sweep with a {@link SortedWindow} (O(log size +
 * size) per update, no sort per pixel).</li>
 * </ol>
 * See {@link MedianOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Median extends AbstractImglib2Implementation {

	public Imglib2Median() {
		super(MedianOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		final PixelKind kind = call.info(0).kind();
		return median(FloatVolume.copyOf(call.hostImage(0)), nb, kind).toImage(kind);
	}

	/** The median of {@code volume} (values of {@code kind}) over {@code nb}, as a new volume. */
	static FloatVolume median(final FloatVolume volume, final Neighbourhood nb, final PixelKind kind) {
		final boolean nan = !kind.isInteger() && containsNaN(volume.data());
		if (!nan && SmallMedianNetwork.handles(nb)) return SmallMedianNetwork.median(volume, nb);
		if (!kind.isInteger() && !nan) {
			final OrdinalRanks ranks = OrdinalRanks.of(volume.data());
			if (ranks != null) {
				final FloatVolume result = sweep(ranks.ranksOf(volume), nb, () -> new HistogramWindow(0, ranks.bits()));
				ranks.restoreValues(result);
				return result;
			}
		}
		if (!countsByHistogram(kind) && TiledRankMedian.handles(nb)) return TiledRankMedian.median(volume, nb);
		return sweep(volume, nb, () -> window(kind, nb.size()));
	}

	/** Whether {@code data} holds a NaN. */
	private static boolean containsNaN(final float[] data) {
		boolean nan = false;
		for (final float v : data)
			nan |= v != v;
		return nan;
	}

	/** The sliding median of {@code volume} over {@code nb}, each task with a window of {@code windows}. */
	static FloatVolume sweep(final FloatVolume volume, final Neighbourhood nb, final Supplier<RankWindow> windows) {
		return RowSweep.run(volume, nb, () -> new Rows(nb, windows.get()));
	}

	/** A histogram for integer kinds of at most 16 bits, else a sorted window. */
	static RankWindow window(final PixelKind kind, final int capacity) {
		if (!countsByHistogram(kind)) return new SortedWindow(capacity);
		return new HistogramWindow((int) kind.createType().getMinValue(), kind.bytesPerPixel() * 8);
	}

	/** Whether {@code kind}'s values fit a {@link HistogramWindow}: integers of at most 16 bits. */
	static boolean countsByHistogram(final PixelKind kind) {
		return kind.isInteger() && kind.bytesPerPixel() <= 2;
	}

	/** The sliding median along one output row. */
	private static final class Rows implements RowSweep.RowFilter {

		private final Neighbourhood nb;
		private final RankWindow window;
		private final int size;

		Rows(final Neighbourhood nb, final RankWindow window) {
			this.nb = nb;
			this.window = window;
			this.size = nb.size();
		}

		/** The upper median of the values that are not NaN; NaN when all are. */
		private float median() {
			final int n = size - window.nanCount();
			return n == 0 ? Float.NaN : window.get(n / 2);
		}

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			for (int k = 0; k < rows.length; k++) {
				final int h = nb.halfWidth(k);
				for (int t = pad - h; t <= pad + h; t++)
					window.add(rows[k][t]);
			}
			for (int x = 0; x < length; x++) {
				out[x] = median();
				if (x + 1 == length) break;
				for (int k = 0; k < rows.length; k++) {
					final int h = nb.halfWidth(k);
					window.replace(rows[k][x + pad - h], rows[k][x + pad + h + 1]);
				}
			}
			// NB: empty the window for the next row (cheaper than clearing a histogram)
			final int last = length - 1;
			for (int k = 0; k < rows.length; k++) {
				final int h = nb.halfWidth(k);
				for (int t = last + pad - h; t <= last + pad + h; t++)
					window.remove(rows[k][t]);
			}
		}
	}
}
