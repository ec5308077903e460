package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.project.ProjectionOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.util.Intervals;
import net.imglib2.util.Util;
import net.imglib2.view.Views;

/**
 * The projections ({@link ProjectionOp}) on the CPU: a double accumulator of
 * the output's size is folded with every slice across the projected axis in
 * turn (each fold a parallel loop), then finished (e.g. divided by the count)
 * and stored in the output kind. Double holds every supported pixel value
 * exactly, so max and min are exact. Subclasses give the fold and the finish.
 */
public abstract class Imglib2Projection extends AbstractOpImplementation<Imglib2Backend> {

	/** Pixel kinds whose every value float represents exactly. */
	private static final Set<PixelKind> EXACT_IN_FLOAT = EnumSet.of(PixelKind.UINT8, PixelKind.INT8, PixelKind.UINT16,
		PixelKind.INT16, PixelKind.FLOAT32);

	private final DoubleBinaryOperator fold;
	private final Finish finish;

	/**
	 * @param fold combines the accumulator (initially the first slice's
	 *          value) with the next slice's value
	 * @param finish turns the accumulator and the number of slices into the result
	 */
	protected Imglib2Projection(final String opId, final DoubleBinaryOperator fold, final Finish finish) {
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
		final RandomAccessibleInterval<? extends RealType<?>> input = call.hostImage(0);
		final RandomAccessibleInterval<? extends RealType<?>> image = Views.zeroMin(input);
		final int axis = ProjectionOp.axis(call.params());
		final long n = image.dimension(axis);
		final Img<DoubleType> fast = axis == 2 ? projectPlanes(input, (int) n) : null;
		if (fast != null) return store(fast, call.outputInfo(), axis, n);
		final Img<DoubleType> acc = ArrayImgs.doubles(Intervals.dimensionsAsLongArray(Views.hyperSlice(image, axis, 0)));
		LoopBuilder.setImages(Views.hyperSlice(image, axis, 0), acc).multiThreaded()
			.forEachPixel((in, a) -> a.set(in.getRealDouble()));
		final DoubleBinaryOperator f = fold;
		for (long k = 1; k < n; k++)
			LoopBuilder.setImages(Views.hyperSlice(image, axis, k), acc).multiThreaded()
				.forEachPixel((in, a) -> a.set(f.applyAsDouble(a.get(), in.getRealDouble())));
		return store(acc, call.outputInfo(), axis, n);
	}

	/**
	 * The Z fold straight over the storage arrays of an ArrayImg or PlanarImg
	 * (what a wrapped ImagePlus stack is), for pixel kinds that float holds
	 * exactly; {@code null} for any other image, which takes the general path.
	 */
	private Img<DoubleType> projectPlanes(final RandomAccessibleInterval<? extends RealType<?>> image, final int n) {
		final PixelKind kind = PixelKind.of(Util.getTypeFromInterval(image));
		if (kind == null || !EXACT_IN_FLOAT.contains(kind)) return null;
		final List<Object> arrays = StorageArrays.of(image);
		if (arrays == null || (arrays.size() != 1 && arrays.size() != n)) return null;
		final int plane = (int) (image.dimension(0) * image.dimension(1));
		final double[] acc = new double[plane];
		final StorageArrays.Reader reader = StorageArrays.reader(kind);
		final DoubleBinaryOperator f = fold;
		final TaskExecutor executor = Parallelization.getTaskExecutor();
		final int tasks = Math.max(1, Math.min(plane / 4096 + 1, executor.suggestNumberOfTasks()));
		final List<int[]> ranges = new ArrayList<>(tasks);
		for (int t = 0; t < tasks; t++)
			ranges.add(new int[] { (int) ((long) plane * t / tasks), (int) ((long) plane * (t + 1) / tasks) });
		executor.forEach(ranges, range -> {
			final int length = range[1] - range[0];
			final float[] slice = new float[length];
			for (int k = 0; k < n; k++) {
				if (arrays.size() == 1) reader.read(arrays.get(0), k * plane + range[0], slice, 0, length);
				else reader.read(arrays.get(k), range[0], slice, 0, length);
				for (int i = 0; i < length; i++)
					acc[range[0] + i] = k == 0 ? slice[i] : f.applyAsDouble(acc[range[0] + i], slice[i]);
			}
		});
		return ArrayImgs.doubles(acc, image.dimension(0), image.dimension(1));
	}

	private <T extends RealType<T> & NativeType<T>> Img<T> store(final Img<DoubleType> acc, final ImageInfo info,
		final int axis, final long n)
	{
		final PixelKind kind = info.kind();
		final Img<T> out = new ArrayImgFactory<>(kind.<T> createType()).create(info.dimensions());
		// NB: a 2D input keeps the projected axis with size 1.
		final RandomAccessibleInterval<T> target = out.numDimensions() == acc.numDimensions() ? out
			: Views.hyperSlice(out, axis, 0);
		final DoubleUnaryOperator store = StoredValues.forKind(kind);
		final Finish end = finish;
		LoopBuilder.setImages(acc, target).multiThreaded()
			.forEachPixel((a, o) -> o.setReal(store.applyAsDouble(end.apply(a.get(), n))));
		return out;
	}

	/** Turns an accumulated value into the projection's value. */
	@FunctionalInterface
	protected interface Finish {

		double apply(double accumulated, long count);
	}
}
