package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleBinaryOperator;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.project.ProjectionOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * The projections ({@link ProjectionOp}) on the CPU: a double accumulator per
 * output pixel, initially the first slice across the projected axis, folded
 * with every further slice ({@link Fold}), then finished (e.g. divided by the
 * count) and stored in the output kind (rounded half up and saturated for
 * integer kinds). Double holds every supported pixel value exactly, so max and
 * min are exact. NaN is no data: max and min skip it; the sums of a float
 * input are plain sums first, and where one came out NaN (a NaN was added, or
 * +Inf and −Inf) that block is summed again skipping NaN and counting the
 * values added, so that the finish divides by that count (images without NaN
 * pay one scan of the sums); a line of NaN only gives NaN.
 * <p>
 * An array-backed input ({@link FlatPixels}) projected along y or z is read
 * in place: for each block of output pixels, every slice's block is a
 * contiguous run of the storage, folded while the accumulator block stays in
 * cache, in parallel over blocks. Any other input folds whole slices copied
 * out of the view.
 * </p>
 */
public abstract class Imglib2Projection extends AbstractOpImplementation<Imglib2Backend> {

	/** Output pixels folded together: the accumulator and one slice's values stay in cache. */
	private static final int BLOCK = 2048;

	/** The fewest output pixels per row of slices for the in-place path (an x projection has 1). */
	private static final long MIN_RUN = 64;

	private final Fold fold;
	private final DoubleBinaryOperator finish;

	/**
	 * @param fold combines accumulators (initially the first slice's values)
	 *          with the next slice's values
	 * @param finish turns an accumulator and the number of values folded into
	 *          it (the slices, less the NaN a sum skipped; never 0) into the result
	 */
	protected Imglib2Projection(final String opId, final Fold fold, final DoubleBinaryOperator finish) {
		super(opId, Imglib2Backend.ID, Imglib2Backend.class);
		this.fold = fold;
		this.finish = finish;
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final int axis = ProjectionOp.axis(call.params());
		final Img<?> out = create(call.outputInfo());
		// NB: a new ArrayImg of a pixel kind always has flat pixels
		final FlatPixels target = FlatPixels.of(out);
		final FlatPixels pixels = FlatPixels.of(image);
		long inner = 1;
		for (int d = 0; d < axis; d++)
			inner *= image.dimension(d);
		final boolean mayHoldNaN = !call.info(0).kind().isInteger();
		if (pixels != null && inner >= MIN_RUN) projectInPlace(pixels, image.dimension(axis), inner, target, mayHoldNaN);
		else projectSlices(image, axis, target, mayHoldNaN);
		return out;
	}

	private static <T extends RealType<T> & NativeType<T>> Img<T> create(final ImageInfo info) {
		return new ArrayImgFactory<>(info.kind().<T> createType()).create(info.dimensions());
	}

	/**
	 * The fold over the storage: the input is {@code outer} groups of
	 * {@code slices} runs of {@code inner} pixels; output pixel
	 * {@code i + inner·o} folds pixel {@code i} of every run of group {@code o}.
	 */
	private void projectInPlace(final FlatPixels pixels, final long slices, final long inner, final FlatPixels target,
		final boolean mayHoldNaN)
	{
		final long outer = pixels.size() / (slices * inner);
		final long blocksPerGroup = (inner + BLOCK - 1) / BLOCK;
		ParallelRanges.forEach(outer * blocksPerGroup, Math.max(1, (1 << 18) / (slices * BLOCK)), (first, end) -> {
			final double[] acc = new double[BLOCK];
			final double[] values = new double[BLOCK];
			final double[] counts = counting(mayHoldNaN) ? new double[BLOCK] : null;
			for (long unit = first; unit < end; unit++) {
				final long group = unit / blocksPerGroup;
				final long offset = unit % blocksPerGroup * BLOCK;
				final int n = (int) Math.min(BLOCK, inner - offset);
				final long base = group * slices * inner + offset;
				pixels.read(base, acc, n);
				for (long k = 1; k < slices; k++) {
					pixels.read(base + k * inner, values, n);
					fold.fold(acc, values, n, mayHoldNaN);
				}
				// NB: a plain sum is NaN only where a NaN (or +Inf with −Inf) was added: then the block is summed again, counting
				final boolean recount = counts != null && anyNaN(acc, n);
				if (recount) {
					pixels.read(base, acc, n);
					Fold.startCounting(acc, counts, n);
					for (long k = 1; k < slices; k++) {
						pixels.read(base + k * inner, values, n);
						Fold.sumCounting(acc, counts, values, n);
					}
				}
				finish(acc, recount ? counts : null, n, slices);
				target.write(group * inner + offset, acc, n);
			}
		});
	}

	/** The fold over slices copied out of any input, one slice at a time (each copy a parallel loop). */
	private void projectSlices(final RandomAccessibleInterval<? extends RealType<?>> input, final int axis,
		final FlatPixels target, final boolean mayHoldNaN)
	{
		final RandomAccessibleInterval<? extends RealType<?>> image = Views.zeroMin(input);
		final long[] sliceDims = Intervals.dimensionsAsLongArray(Views.hyperSlice(image, axis, 0));
		final int size = (int) Intervals.numElements(sliceDims);
		final double[] acc = new double[size];
		final double[] values = new double[size];
		final long slices = image.dimension(axis);
		for (long k = 0; k < slices; k++) {
			copySlice(image, axis, k, k == 0 ? acc : values, sliceDims);
			if (k > 0) fold.fold(acc, values, size, mayHoldNaN);
		}
		// NB: as in projectInPlace, a NaN sum means NaN was added: sum again, skipping and counting
		final double[] counts = counting(mayHoldNaN) && anyNaN(acc, size) ? new double[size] : null;
		if (counts != null) for (long k = 0; k < slices; k++) {
			copySlice(image, axis, k, k == 0 ? acc : values, sliceDims);
			if (k == 0) Fold.startCounting(acc, counts, size);
			else Fold.sumCounting(acc, counts, values, size);
		}
		finish(acc, counts, size, slices);
		target.write(0, acc, size);
	}

	private static void copySlice(final RandomAccessibleInterval<? extends RealType<?>> image, final int axis, final long k,
		final double[] into, final long[] sliceDims)
	{
		LoopBuilder.setImages(Views.hyperSlice(image, axis, k), ArrayImgs.doubles(into, sliceDims)).multiThreaded()
			.forEachPixel((in, v) -> v.set(in.getRealDouble()));
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
