package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.SobelOp;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.sobel} on the CPU: one row sweep over the 3×3(×3) box; for
 * each pixel the gradient along every axis is the weighted sum of the
 * neighbours with the weights {@link SobelOp} states, computed once for any
 * dimensionality, and the magnitude is written in float. No temporaries
 * besides the output.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Sobel extends AbstractImglib2Implementation {

	public Imglib2Sobel() {
		super(SobelOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final int n = call.info(0).numDimensions();
		final int[] ones = new int[n];
		Arrays.fill(ones, 1);
		final Neighbourhood nb = Neighbourhood.box(ones);
		final float[][][] weights = weights(nb);
		final FloatVolume volume = FloatVolume.copyOf(call.hostImage(0));
		return RowSweep.run(volume, nb, () -> new Rows(weights)).toImage(PixelKind.FLOAT32);
	}

	/**
	 * {@code w[a][k][dx+1]}: the weight, for the gradient along axis {@code a},
	 * of the neighbour at {@code dx} in run {@code k}: {@code o_a · Π_{b≠a} (2 − |o_b|)}.
	 */
	static float[][][] weights(final Neighbourhood nb) {
		final int n = nb.numDimensions();
		final float[][][] w = new float[n][nb.rowCount()][3];
		final int[] offset = new int[n];
		for (int k = 0; k < nb.rowCount(); k++) {
			System.arraycopy(nb.rowOffset(k), 0, offset, 1, n - 1);
			for (int dx = -1; dx <= 1; dx++) {
				offset[0] = dx;
				for (int a = 0; a < n; a++) {
					int weight = offset[a];
					for (int b = 0; b < n; b++)
						if (b != a) weight *= 2 - Math.abs(offset[b]);
					w[a][k][dx + 1] = weight;
				}
			}
		}
		return w;
	}

	/** The gradient magnitude along one output row. */
	private static final class Rows implements RowSweep.RowFilter {

		private final float[][][] weights;
		private float[] gradient = new float[0];
		/** A row's run shifted to start at 0: C2 before JDK 24 vectorises a sweep only when its indices share one offset. */
		private float[] shifted = new float[0];

		Rows(final float[][][] weights) {
			this.weights = weights;
		}

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			if (gradient.length < length) {
				gradient = new float[length];
				shifted = new float[length];
			}
			Arrays.fill(out, 0, length, 0);
			for (final float[][] axis : weights) {
				Arrays.fill(gradient, 0, length, 0);
				for (int k = 0; k < rows.length; k++) {
					final float[] row = rows[k];
					for (int dx = -1; dx <= 1; dx++) {
						final float w = axis[k][dx + 1];
						if (w == 0) continue;
						final int shift = pad + dx;
						final float[] source = shift == 0 ? row : shifted;
						if (shift != 0) System.arraycopy(row, shift, shifted, 0, length);
						for (int x = 0; x < length; x++)
							gradient[x] += w * source[x];
					}
				}
				for (int x = 0; x < length; x++)
					out[x] += gradient[x] * gradient[x];
			}
			for (int x = 0; x < length; x++)
				out[x] = (float) Math.sqrt(out[x]);
		}
	}
}
