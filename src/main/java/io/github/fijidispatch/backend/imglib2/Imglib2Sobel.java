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
 * neighbours with the weights {@link SobelOp} states, computed separably for
 * any dimensionality (each input row reduced once to its X difference and X
 * smoothing, see {@code Rows}; rows read where the image stores them), and
 * the magnitude is written in float.
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
		return RowSweep.run(call.hostImage(0), nb, () -> new Rows(weights)).toImage(PixelKind.FLOAT32);
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

	/**
	 * The gradient magnitude along one output row, separably: the weights factor into a difference along X
	 * ({@code o_0} for {@code o_0 = −1, 0, 1}) or a smoothing along X ({@code 2 − |o_0|}) times a weight per run of the
	 * box ({@link #weights}), so each input row is reduced once to its X difference and X smoothing
	 * ({@link DerivedRows}, kept while neighbouring output rows still use the row), and the gradient along axis
	 * {@code a} sums those of the runs with a non-zero weight: the differences for X, the smoothings for the other
	 * axes. Every sweep reads its arrays from index 0, which C2 vectorises. The same pixels are used as by the full
	 * sum (a neighbour with weight 0 never enters), in another order.
	 */
	private static final class Rows implements RowSweep.RowFilter {

		/** Per run: the weight of its X difference in the gradient along X. */
		private final float[] differenceWeights;
		/** Per axis {@code a ≥ 1} (index {@code a − 1}), per run: the weight of its X smoothing in that gradient. */
		private final float[][] smoothingWeights;
		private final DerivedRows derived;
		private float[] gradient = new float[0];
		private final int[] noIds;

		Rows(final float[][][] weights) {
			final int runs = weights[0].length;
			differenceWeights = new float[runs];
			smoothingWeights = new float[weights.length - 1][runs];
			for (int k = 0; k < runs; k++) {
				// NB: w[0][k][dx+1] = dx · c_k and w[a][k][dx+1] = (2 − |dx|) · e_ak (see weights)
				differenceWeights[k] = weights[0][k][2];
				for (int a = 1; a < weights.length; a++)
					smoothingWeights[a - 1][k] = weights[a][k][1] / 2;
			}
			derived = new DerivedRows(2 * runs);
			noIds = new int[runs];
			Arrays.fill(noIds, -1);
		}

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			apply(rows, noIds, length, pad, out);
		}

		@Override
		public void apply(final float[][] rows, final int[] sourceRows, final int length, final int pad,
			final float[] out)
		{
			if (gradient.length < length) gradient = new float[length];
			final int[] slots = derived.slotsOf(rows, sourceRows, length, pad);
			sum(differenceWeights, slots, true, length);
			for (int x = 0; x < length; x++)
				out[x] = gradient[x] * gradient[x];
			for (final float[] weights : smoothingWeights) {
				sum(weights, slots, false, length);
				final float[] g = gradient;
				for (int x = 0; x < length; x++)
					out[x] += g[x] * g[x];
			}
			for (int x = 0; x < length; x++)
				out[x] = (float) Math.sqrt(out[x]);
		}

		/** {@code gradient = Σ_k weights[k] · (difference or smoothing of run k)}, over the runs of non-zero weight. */
		private void sum(final float[] weights, final int[] slots, final boolean differences, final int length) {
			final float[] g = gradient;
			Arrays.fill(g, 0, length, 0);
			for (int k = 0; k < weights.length; k++) {
				final float w = weights[k];
				if (w == 0) continue;
				final float[] row = differences ? derived.difference(slots[k]) : derived.smoothing(slots[k]);
				for (int x = 0; x < length; x++)
					g[x] += w * row[x];
			}
		}
	}

	/**
	 * The X difference {@code r[x+1] − r[x−1]} and X smoothing {@code r[x−1] + 2 r[x] + r[x+1]} of recent input
	 * rows, by row index, in a few {@link RowSlots}.
	 */
	private static final class DerivedRows {

		private final RowSlots slots;
		private final float[][] differences;
		private final float[][] smoothings;
		private int[] found = new int[0];
		/** The row's runs from x − 1, x and x + 1, each copied to index 0. */
		private float[] left = new float[0];
		private float[] centre = new float[0];
		private float[] right = new float[0];

		DerivedRows(final int capacity) {
			slots = new RowSlots(capacity);
			differences = new float[capacity][0];
			smoothings = new float[capacity][0];
		}

		/** The slot of each row, reduced where missing. */
		int[] slotsOf(final float[][] rows, final int[] sourceRows, final int length, final int pad) {
			if (found.length != rows.length) found = new int[rows.length];
			for (int k = 0; k < rows.length; k++)
				found[k] = slot(sourceRows[k], rows[k], length, pad);
			return found;
		}

		float[] difference(final int slot) {
			return differences[slot];
		}

		float[] smoothing(final int slot) {
			return smoothings[slot];
		}

		private int slot(final int id, final float[] row, final int length, final int pad) {
			final int held = slots.slotOf(id);
			if (held >= 0) return held;
			reduce(row, length, pad, -1 - held);
			return -1 - held;
		}

		private void reduce(final float[] row, final int length, final int pad, final int slot) {
			if (differences[slot].length < length) {
				differences[slot] = new float[length];
				smoothings[slot] = new float[length];
			}
			if (left.length < length) {
				left = new float[length];
				centre = new float[length];
				right = new float[length];
			}
			final float[] l = left;
			final float[] c = centre;
			final float[] r = right;
			System.arraycopy(row, pad - 1, l, 0, length);
			System.arraycopy(row, pad, c, 0, length);
			System.arraycopy(row, pad + 1, r, 0, length);
			final float[] d = differences[slot];
			final float[] s = smoothings[slot];
			for (int x = 0; x < length; x++) {
				d[x] = r[x] - l[x];
				s[x] = l[x] + 2 * c[x] + r[x];
			}
		}
	}
}
