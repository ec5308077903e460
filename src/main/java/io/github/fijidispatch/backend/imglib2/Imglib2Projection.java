package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleBinaryOperator;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.project.ProjectionOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * The projections ({@link ProjectionOp}) on the CPU: a double accumulator per
 * output pixel, initially the first slice across the projected axis, folded
 * with every further slice ({@link Fold}), then finished (e.g. divided by the
 * count) and stored in the output kind (rounded half up and saturated for
 * integer kinds). Double holds every supported pixel value exactly, so max and
 * min are exact.
 * <p>
 * Every slice is a view of the input read in blocks ({@link PixelBlocks});
 * for each block of output pixels, the same block of every slice is folded
 * while the accumulator block stays in cache, in parallel over blocks.
 * </p>
 */
public abstract class Imglib2Projection extends AbstractImglib2Implementation {

	private final Fold fold;
	private final DoubleBinaryOperator finish;

	/**
	 * @param fold combines accumulators (initially the first slice's values)
	 *          with the next slice's values
	 * @param finish turns an accumulator and the number of slices into the result
	 */
	protected Imglib2Projection(final String opId, final Fold fold, final DoubleBinaryOperator finish) {
		super(opId);
		this.fold = fold;
		this.finish = finish;
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		return project(call.hostImage(0), ProjectionOp.axis(call.params()), call.outputInfo(), !call.info(0).kind()
			.isInteger());
	}

	/**
	 * Folds the slices across {@code axis} block by block: block {@code b} of
	 * every slice (each slice a view read through {@link PixelBlocks}, all of
	 * one size, so with the same blocks) folds into block {@code b} of the
	 * accumulator while it stays in cache; blocks run in parallel.
	 */
	private <T extends RealType<T> & NativeType<T>> Img<T> project(final RandomAccessibleInterval<? extends RealType<?>> image,
		final int axis, final ImageInfo output, final boolean mayHoldNaN)
	{
		final ArrayImg<T, ?> out = PixelArrays.newImage(output.kind(), output.dimensions());
		final Object target = PixelArrays.storage(out);
		final PixelArrays to = PixelArrays.of(output.kind());
		final int slices = (int) image.dimension(axis);
		final PixelBlocks[] slice = PixelBlocks.slices(image, axis);
		slice[0].forEachRange(slices, (reader, first, end) -> {
			final PixelBlocks.Reader[] readers = new PixelBlocks.Reader[slices];
			readers[0] = reader;
			for (int k = 1; k < slices; k++)
				readers[k] = slice[k].reader();
			final double[] acc = new double[PixelBlocks.BLOCK];
			final double[] values = new double[PixelBlocks.BLOCK];
			final double[] counts = counting(mayHoldNaN) ? new double[PixelBlocks.BLOCK] : null;
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, acc);
				for (int k = 1; k < slices; k++) {
					readers[k].doubles(b, values);
					fold.fold(acc, values, n, mayHoldNaN);
				}
				// NB: a plain sum is NaN only where a NaN (or +Inf with −Inf) was added: then the block is summed again, counting
				final boolean recount = counts != null && anyNaN(acc, n);
				if (recount) {
					reader.doubles(b, acc);
					Fold.startCounting(acc, counts, n);
					for (int k = 1; k < slices; k++) {
						readers[k].doubles(b, values);
						Fold.sumCounting(acc, counts, values, n);
					}
				}
				finish(acc, recount ? counts : null, n, slices);
				to.fromDoubles(acc, 0, target, (int) slice[0].start(b), n);
			}
		});
		return out;
	}

	private static boolean anyNaN(final double[] values, final int n) {
		for (int i = 0; i < n; i++)
			if (values[i] != values[i]) return true;
		return false;
	}

	/** Whether the fold sums values that may be NaN: then it skips them and counts the others. */
	private boolean counting(final boolean mayHoldNaN) {
		return mayHoldNaN && fold == Fold.SUM;
	}

	/** @param counts the values each accumulator holds, or {@code null}: every slice's */
	private void finish(final double[] acc, final double[] counts, final int n, final long slices) {
		if (counts == null) for (int i = 0; i < n; i++)
			acc[i] = finish.applyAsDouble(acc[i], slices);
		else for (int i = 0; i < n; i++)
			acc[i] = counts[i] == 0 ? Double.NaN : finish.applyAsDouble(acc[i], counts[i]);
	}

	/**
	 * Folds the next slice's values into the accumulators,
	 * {@code acc[i] = f(acc[i], values[i])} for {@code i < n}.
	 */
	protected enum Fold {

		/** Sums, NaN propagating (a NaN sum of a float input is redone by {@link #sumCounting}, which skips NaN). */
		SUM {

			@Override
			void fold(final double[] acc, final double[] values, final int n, final boolean mayHoldNaN) {
				for (int i = 0; i < n; i++)
					acc[i] += values[i];
			}
		},

		/** The largest value; NaN is skipped unless every value is NaN. */
		MAX {

			@Override
			void fold(final double[] acc, final double[] values, final int n, final boolean mayHoldNaN) {
				if (mayHoldNaN) for (int i = 0; i < n; i++) {
					if (values[i] > acc[i] || Double.isNaN(acc[i])) acc[i] = values[i];
				}
				else for (int i = 0; i < n; i++)
					acc[i] = Math.max(acc[i], values[i]);
			}
		},

		/** The smallest value; NaN is skipped unless every value is NaN. */
		MIN {

			@Override
			void fold(final double[] acc, final double[] values, final int n, final boolean mayHoldNaN) {
				if (mayHoldNaN) for (int i = 0; i < n; i++) {
					if (values[i] < acc[i] || Double.isNaN(acc[i])) acc[i] = values[i];
				}
				else for (int i = 0; i < n; i++)
					acc[i] = Math.min(acc[i], values[i]);
			}
		};

		/** @param mayHoldNaN false when the values come from an integer kind: no NaN, no −0 */
		abstract void fold(double[] acc, double[] values, int n, boolean mayHoldNaN);

		/** The first slice of a NaN-skipping sum: a NaN starts as an empty sum (0, count 0). */
		static void startCounting(final double[] acc, final double[] counts, final int n) {
			for (int i = 0; i < n; i++) {
				final boolean value = acc[i] == acc[i];
				counts[i] = value ? 1 : 0;
				if (!value) acc[i] = 0;
			}
		}

		/**
		 * Adds the values that are not NaN and counts them; ±Inf add as IEEE
		 * says (+Inf with −Inf is NaN, which stays).
		 */
		static void sumCounting(final double[] acc, final double[] counts, final double[] values, final int n) {
			for (int i = 0; i < n; i++) {
				final double v = values[i];
				// NB: branch-free: NaN lies anywhere
				final boolean value = v == v;
				acc[i] += value ? v : 0;
				counts[i] += value ? 1 : 0;
			}
		}
	}
}
