package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.scale} on the CPU: the input, read as double, is
 * resampled one axis at a time ({@link SeparableResampling}: nearest-neighbour
 * and n-linear sampling are separable), then stored in the input's kind. The
 * input is resampled along X as its rows are read ({@link PixelBlocks}); the other
 * axes follow, shrinking ones first. A call with the internal box parameters
 * computes that box of the whole result. See {@link ScaleOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Scale extends AbstractImglib2Implementation {

	public Imglib2Scale() {
		super(ScaleOp.ID);
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
		// NB: a box of the whole result (the block engine's internal parameters) samples at the whole image's positions
		final long[] outOrigin = ScaleOp.origin(call.params(), n, false);
		final long[] srcOrigin = ScaleOp.origin(call.params(), n, true);
		final int[] dims = new int[n];
		for (int d = 0; d < n; d++)
			dims[d] = (int) input.dimension(d);
		final PixelBlocks pixels = PixelBlocks.of(input);
		final boolean xFirst = factors[0] != 1;
		double[] data;
		if (xFirst) {
			// NB: resampling X while reading the rows saves a full-size copy of the input
			data = SeparableResampling.alongX(pixels, dims, (int) outDims[0], factors[0], linear, outOrigin[0],
				srcOrigin[0]);
			dims[0] = (int) outDims[0];
		}
		else data = values(pixels);
		// NB: shrinking axes first leaves less to resample along the others
		for (final int d : axesByFactor(factors)) {
			if (factors[d] == 1 || d == 0 && xFirst) continue;
			data = SeparableResampling.along(data, dims, d, (int) outDims[d], factors[d], linear, outOrigin[d],
				srcOrigin[d]);
			dims[d] = (int) outDims[d];
		}
		return store(data, call.outputInfo());
	}

	/** The pixel values as one double array, X fastest. */
	private static double[] values(final PixelBlocks pixels) {
		final double[] values = new double[Math.toIntExact(pixels.size())];
		pixels.forEachRange((reader, first, end) -> {
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, block);
				System.arraycopy(block, 0, values, (int) pixels.start(b), n);
			}
		});
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
		final ArrayImg<T, ?> out = PixelArrays.newImage(info.kind(), info.dimensions());
		final Object storage = PixelArrays.storage(out);
		final PixelArrays arrays = PixelArrays.of(info.kind());
		ParallelRanges.forEach(data.length, 1 << 16, (from, end) -> arrays.fromDoubles(data, (int) from, storage, (int) from,
			(int) (end - from)));
		return out;
	}
}
