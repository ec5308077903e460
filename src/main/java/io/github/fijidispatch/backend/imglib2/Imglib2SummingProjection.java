package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleBinaryOperator;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.project.MeanProjectionOp;
import io.github.fijidispatch.op.project.SumProjectionOp;

/**
 * The projections that sum their values, sum and mean
 * ({@link SumProjectionOp}, {@link MeanProjectionOp}): a double sum per
 * output pixel, in order along the axis, then finished (e.g. divided by the
 * count) and stored as float32. Values convert to double run by run
 * ({@link PixelArrays#toDoubles}). NaN is skipped: a float input's sum that
 * comes out NaN (a NaN, or +Inf with −Inf, among its values) is summed again,
 * skipping and counting NaN; with no value left the result is NaN.
 */
public abstract class Imglib2SummingProjection extends Imglib2Projection {

	private final DoubleBinaryOperator finish;

	/** @param finish turns a sum and the number of values summed into the result */
	protected Imglib2SummingProjection(final String opId, final DoubleBinaryOperator finish) {
		super(opId);
		this.finish = finish;
	}

	@Override
	protected ChunkTask task(final RasterArrays raster, final Lines lines, final Object target) {
		final PixelArrays arrays = raster.arrays();
		final boolean mayHoldNaN = !arrays.kind().isInteger();
		final int chunk = (int) Math.min(CHUNK, lines.inner);
		final double[] sums = new double[chunk];
		final double[] counts = new double[chunk];
		final double[] values = new double[Math.max(chunk, lines.inner == 1 ? lines.length : 0)];
		final PixelArrays floats = PixelArrays.of(PixelKind.FLOAT32);
		return (o, from, length) -> {
			if (lines.inner == 1) {
				read(raster, lines.input(o, 0, 0), values, lines.length);
				double sum = values[0];
				for (int k = 1; k < lines.length; k++)
					sum += values[k];
				double count = lines.length;
				if (mayHoldNaN && sum != sum) {
					// NB: as the chunks below: the first value, or 0 for a NaN, then the other values that are not NaN
					sum = values[0] == values[0] ? values[0] : 0;
					count = values[0] == values[0] ? 1 : 0;
					for (int k = 1; k < lines.length; k++) {
						final double v = values[k];
						if (v == v) {
							sum += v;
							count++;
						}
					}
				}
				sums[0] = count == 0 ? Double.NaN : finish.applyAsDouble(sum, count);
				floats.fromDoubles(sums, 0, target, lines.output(o, 0), 1);
				return;
			}
			read(raster, lines.input(o, 0, from), sums, length);
			for (int k = 1; k < lines.length; k++) {
				read(raster, lines.input(o, k, from), values, length);
				for (int i = 0; i < length; i++)
					sums[i] += values[i];
			}
			final boolean recount = mayHoldNaN && anyNaN(sums, length);
			if (recount) {
				read(raster, lines.input(o, 0, from), sums, length);
				for (int i = 0; i < length; i++) {
					final boolean value = sums[i] == sums[i];
					counts[i] = value ? 1 : 0;
					if (!value) sums[i] = 0;
				}
				for (int k = 1; k < lines.length; k++) {
					read(raster, lines.input(o, k, from), values, length);
					for (int i = 0; i < length; i++) {
						final double v = values[i];
						// NB: branch-free: NaN lies anywhere
						final boolean value = v == v;
						sums[i] += value ? v : 0;
						counts[i] += value ? 1 : 0;
					}
				}
			}
			for (int i = 0; i < length; i++)
				sums[i] = recount && counts[i] == 0 ? Double.NaN : finish.applyAsDouble(sums[i], recount ? counts[i]
					: lines.length);
			floats.fromDoubles(sums, 0, target, lines.output(o, from), length);
		};
	}

	/** Reads {@code n} values from flat index {@code start} (within one stored array) as double. */
	private static void read(final RasterArrays raster, final long start, final double[] dst, final int n) {
		raster.arrays().toDoubles(raster.array(start), raster.offset(start), dst, 0, n);
	}

	private static boolean anyNaN(final double[] values, final int n) {
		for (int i = 0; i < n; i++)
			if (values[i] != values[i]) return true;
		return false;
	}
}
