package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.filter.MedianOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.median} on the CPU: a row sweep; along each output row a
 * {@link SortedWindow} holds the neighbourhood and slides by replacing, per
 * run, the value leaving on the left with the one entering on the right
 * (O(runs · log size + size) per pixel, no sort per pixel). The upper median,
 * element {@code size/2} of the sorted window, is the result. See
 * {@link MedianOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Median extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Median() {
		super(MedianOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final Neighbourhood nb = Neighbourhood.of(call.params(), call.info(0).numDimensions());
		final FloatVolume volume = FloatVolume.copyOf(call.hostImage(0));
		return RowSweep.run(volume, nb, () -> new Rows(nb)).toImage(call.info(0).kind());
	}

	/** The sliding median along one output row. */
	private static final class Rows implements RowSweep.RowFilter {

		private final Neighbourhood nb;
		private final SortedWindow window;

		Rows(final Neighbourhood nb) {
			this.nb = nb;
			this.window = new SortedWindow(nb.size());
		}

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			window.clear();
			for (int k = 0; k < rows.length; k++) {
				final int h = nb.halfWidth(k);
				for (int t = pad - h; t <= pad + h; t++)
					window.add(rows[k][t]);
			}
			final int rank = window.size() / 2;
			for (int x = 0; x < length; x++) {
				out[x] = window.get(rank);
				if (x + 1 == length) break;
				for (int k = 0; k < rows.length; k++) {
					final int h = nb.halfWidth(k);
					window.replace(rows[k][x + pad - h], rows[k][x + pad + h + 1]);
				}
			}
		}
	}
}
