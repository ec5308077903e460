package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessible;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.RealRandomAccess;
import net.imglib2.RealRandomAccessible;
import net.imglib2.converter.Converters;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.interpolation.InterpolatorFactory;
import net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory;
import net.imglib2.interpolation.randomaccess.NearestNeighborInterpolatorFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.scale} on the CPU: the input, read as double and extended
 * with zeros, is interpolated (ImgLib2's nearest-neighbour or n-linear
 * interpolator) at {@code (i + 0.5) / f − 0.5} for every output pixel
 * {@code i}, slab by slab in parallel; see {@link ScaleOp}.
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
		final RandomAccessibleInterval<DoubleType> values = Converters.convert(Views.zeroMin(input),
			(in, out) -> out.set(in.getRealDouble()), new DoubleType());
		final InterpolatorFactory<DoubleType, RandomAccessible<DoubleType>> interpolator = "nearest".equals(
			call.params().choice("interpolation")) ? new NearestNeighborInterpolatorFactory<>()
				: new NLinearInterpolatorFactory<>();
		final RealRandomAccessible<DoubleType> field = Views.interpolate(Views.extendZero(values), interpolator);
		final double[] factors = call.params().reals("factors", input.numDimensions());
		return sample(field, factors, call.outputInfo());
	}

	private <T extends RealType<T> & NativeType<T>> Img<T> sample(final RealRandomAccessible<DoubleType> field,
		final double[] factors, final ImageInfo info)
	{
		final Img<T> out = new ArrayImgFactory<>(info.kind().<T> createType()).create(info.dimensions());
		final DoubleUnaryOperator store = StoredValues.forKind(info.kind());
		final int n = factors.length;
		Slabs.map(out, slab -> {
			final RealRandomAccess<DoubleType> sampler = field.realRandomAccess();
			final Cursor<T> c = Views.interval(out, slab).localizingCursor();
			while (c.hasNext()) {
				c.fwd();
				for (int d = 0; d < n; d++)
					sampler.setPosition((c.getLongPosition(d) + 0.5) / factors[d] - 0.5, d);
				c.get().setReal(store.applyAsDouble(sampler.get().get()));
			}
			return slab;
		});
		return out;
	}
}
