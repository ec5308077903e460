package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.scale} on the CPU: the input, read as double, is
 * resampled one axis at a time ({@link SeparableResampling}: nearest-neighbour
 * and n-linear sampling are separable), then stored in the input's kind. An
 * array-backed input is resampled along X as its rows are read; the other
 * axes follow, shrinking ones first. See {@link ScaleOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Scale extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Scale() {
		super(ScaleOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		final ImageInfo out = call.outputInfo();
		if (out.pixelCount() > FloatVolume.MAX_PIXELS) return Support.no("the scaled image would have " +
			out.pixelCount() + " pixels, over the " + FloatVolume.MAX_PIXELS + "-pixel limit of one Java array; use smaller factors");
		return Support.yes();
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> input = call.hostImage(0);
		final int n = input.numDimensions();
		final double[] factors = call.params().reals("factors", n);
		final boolean linear = !"nearest".equals(call.params().choice("interpolation"));
		final long[] outDims = call.outputInfo().dimensions();
		final int[] dims = new int[n];
		for (int d = 0; d < n; d++)
			dims[d] = (int) input.dimension(d);
		final FlatPixels pixels = FlatPixels.of(input);
		final boolean xFirst = pixels != null && factors[0] != 1;
		double[] data;
		if (xFirst) {
			// NB: resampling X while reading the rows saves a full-size copy of the input
			data = SeparableResampling.alongX(pixels, dims, (int) outDims[0], factors[0], linear);
			dims[0] = (int) outDims[0];
		}
		else data = values(input);
		// NB: shrinking axes first leaves less to resample along the others
		for (final int d : axesByFactor(factors)) {
			if (factors[d] == 1 || d == 0 && xFirst) continue;
			data = SeparableResampling.along(data, dims, d, (int) outDims[d], factors[d], linear);
			dims[d] = (int) outDims[d];
		}
		return store(data, call.outputInfo());
	}

	/** The pixel values as one double array, X fastest. */
	private static double[] values(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final double[] values = new double[Math.toIntExact(Intervals.numElements(image))];
		final FlatPixels pixels = FlatPixels.of(image);
		if (pixels != null) {
			FlatPixels.forEachRange(values.length, (from, end) -> {
				final double[] block = new double[FlatPixels.BLOCK];
				for (long flat = from; flat < end; flat += FlatPixels.BLOCK) {
					final int count = (int) Math.min(FlatPixels.BLOCK, end - flat);
					pixels.read(flat, block, count);
					System.arraycopy(block, 0, values, (int) flat, count);
				}
			});
			return values;
		}
		LoopBuilder.setImages(Views.zeroMin(image), ArrayImgs.doubles(values, Intervals.dimensionsAsLongArray(image)))
			.multiThreaded().forEachPixel((in, out) -> out.set(in.getRealDouble()));
		return values;
	}

	private static Integer[] axesByFactor(final double[] factors) {
		final Integer[] axes = new Integer[factors.length];
		for (int d = 0; d < axes.length; d++)
			axes[d] = d;
		java.util.Arrays.sort(axes, (a, b) -> Double.compare(factors[a], factors[b]));
		return axes;
	}

	private static <T extends RealType<T> & NativeType<T>> Img<T> store(final double[] data, final ImageInfo info) {
		final Img<T> out = new ArrayImgFactory<>(info.kind().<T> createType()).create(info.dimensions());
		final FlatPixels target = FlatPixels.of(out);
		FlatPixels.forEachRange(data.length, (from, end) -> {
			final double[] block = new double[FlatPixels.BLOCK];
			for (long flat = from; flat < end; flat += FlatPixels.BLOCK) {
				final int count = (int) Math.min(FlatPixels.BLOCK, end - flat);
				System.arraycopy(data, (int) flat, block, 0, count);
				target.write(flat, block, count);
			}
		});
		return out;
	}
}
