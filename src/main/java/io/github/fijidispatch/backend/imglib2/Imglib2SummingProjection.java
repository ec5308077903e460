package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.project.MeanProjectionOp;
import io.github.fijidispatch.op.project.SumProjectionOp;

/**
 * The projections that sum their values, sum and mean
 * ({@link SumProjectionOp}, {@link MeanProjectionOp}): a double sum per
 * output pixel, in order along the axis, then finished (e.g. divided by the
 * count) and stored as float32. Values convert to double run by run
 * ({@link PixelArrays#toDoubles}), except those of 8- and 16-bit integer
 * kinds along x (a {@code long} per row), of 16-bit kinds across slices
 * (in 16-bit lanes, {@link ShortRunSums}) and of 8-bit kinds across slices
 * of at least {@link #CHUNK} pixels (in {@code int} lanes), when the line's
 * sums fit an {@code int}: those sum exactly as stored ({@link StoredSums}).
 * NaN is skipped: a float input's sum that comes out NaN (a NaN, or +Inf
 * with −Inf, among its values) is summed again, skipping and counting NaN;
 * with no value left the result is NaN.
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
		final StoredSums integers = StoredSums.of(arrays.kind());
		// NB: 8-bit values in int lanes across slices of at least a chunk (z of a volume) or single values (x): where
		// they measured faster than double sums, runs of one row (y) slower (README, ReductionLoopBenchmark); 16-bit
		// values in their SIMD lanes across slices of any length
		final boolean shortLanes = sixteenBit(arrays.kind()) && lines.inner > 1;
		final boolean lanes = (lines.inner >= CHUNK || shortLanes) && StoredSums.fits(arrays.kind(), lines.length);
		if (integers != null && (lines.inner == 1 || lanes)) return integerTask(integers, shortLanes, raster, lines,
			(float[]) target);
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
					// NB: as the chunks below: the first value, or −0 for a NaN, then the other values that are not NaN
					sum = values[0] == values[0] ? values[0] : -0.0;
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
					// NB: −0 is the identity of addition (−0 + −0 = −0), where +0 would turn a sum of −0 into +0
					if (!value) sums[i] = -0.0;
				}
				for (int k = 1; k < lines.length; k++) {
					read(raster, lines.input(o, k, from), values, length);
					for (int i = 0; i < length; i++) {
						final double v = values[i];
						// NB: branch-free: NaN lies anywhere
						final boolean value = v == v;
						sums[i] += value ? v : -0.0;
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

	/**
	 * The task for 8- and 16-bit integer kinds: exact sums of the stored
	 * values, one {@code long} per row along x ({@link StoredSums}); across
	 * slices 16-bit values in 16-bit lanes ({@link ShortRunSums}), 8-bit
	 * ones four slices at a time into {@code int} lanes; no NaN to skip.
	 *
	 * @param shortLanes whether slices are summed in 16-bit lanes (16-bit values, not along x)
	 */
	private ChunkTask integerTask(final StoredSums integers, final boolean shortLanes, final RasterArrays raster,
		final Lines lines, final float[] target)
	{
		final int chunk = (int) Math.min(CHUNK, lines.inner);
		final int[] lanes = new int[chunk];
		final int count = lines.length;
		final ShortRunSums shorts = shortLanes ? new ShortRunSums(raster.arrays().kind() == PixelKind.UINT16, chunk) : null;
		return (o, from, length) -> {
			final int at = lines.output(o, from);
			if (lines.inner == 1) {
				final long start = lines.input(o, 0, 0);
				target[at] = (float) finish.applyAsDouble(integers.sum(raster.array(start), raster.offset(start), count),
					count);
				return;
			}
			Arrays.fill(lanes, 0, length, 0);
			if (shorts != null) {
				for (int k = 0; k < count; k++) {
					final long start = lines.input(o, k, from);
					shorts.add((short[]) raster.array(start), raster.offset(start), length, lanes);
				}
				shorts.flush(lanes, length);
			}
			else {
				int k = 0;
				for (; k + 4 <= count; k += 4) {
					final long a = lines.input(o, k, from), b = lines.input(o, k + 1, from), c = lines.input(o, k + 2, from),
						d = lines.input(o, k + 3, from);
					integers.add4(raster.array(a), raster.offset(a), raster.array(b), raster.offset(b), raster.array(c), raster
						.offset(c), raster.array(d), raster.offset(d), lanes, length);
				}
				for (; k < count; k++) {
					final long start = lines.input(o, k, from);
					integers.add(raster.array(start), raster.offset(start), lanes, length);
				}
			}
			for (int i = 0; i < length; i++)
				target[at + i] = (float) finish.applyAsDouble(lanes[i], count);
		};
	}

	private static boolean sixteenBit(final PixelKind kind) {
		return kind == PixelKind.UINT16 || kind == PixelKind.INT16;
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
