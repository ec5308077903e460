package io.github.fijidispatch.backend.imglib2;

import java.util.function.Supplier;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.MedianOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.median} on the CPU: a row sweep; along each output row a
 * {@link RankWindow} holds the neighbourhood and slides by replacing, per
 * run, the value leaving on the left with the one entering on the right. For
 * integer kinds of at most 16 bits the window is a {@link HistogramWindow}
 * (O(1) updates, a running median pointer); otherwise a {@link SortedWindow}
 * (O(log size + size) per update, no sort per pixel). NaN values rank above
 * all others and the window counts them: the upper median of the {@code n}
 * values that are not NaN, the value of rank {@code n/2}, is the result, NaN
 * when {@code n = 0}. A float image without NaN that holds at most 2^16
 * distinct values (integer data stored as float, quantised data) is filtered
 * on its {@link OrdinalRanks} with a histogram window and mapped back: the
 * median of ranks is the rank of the median. See {@link MedianOp}.
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
		if (!kind.isInteger()) {
			final OrdinalRanks ranks = OrdinalRanks.of(volume.data());
			if (ranks != null) {
				final FloatVolume result = sweep(ranks.ranksOf(volume), nb, () -> new HistogramWindow(0, ranks.bits()));
				ranks.restoreValues(result);
				return result;
			}
		}
		return sweep(volume, nb, () -> window(kind, nb.size()));
	}

	/** The sliding median of {@code volume} over {@code nb}, each task with a window of {@code windows}. */
	static FloatVolume sweep(final FloatVolume volume, final Neighbourhood nb, final Supplier<RankWindow> windows) {
		return RowSweep.run(volume, nb, () -> new Rows(nb, windows.get()));
	}

	/** A histogram for integer kinds of at most 16 bits, else a sorted window. */
	static RankWindow window(final PixelKind kind, final int capacity) {
		final int bits = kind.bytesPerPixel() * 8;
		if (!kind.isInteger() || bits > 16) return new SortedWindow(capacity);
		return new HistogramWindow((int) kind.createType().getMinValue(), bits);
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
