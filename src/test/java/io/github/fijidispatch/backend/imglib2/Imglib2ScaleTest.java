package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.imglib2.Cursor;
import net.imglib2.RealRandomAccess;
import net.imglib2.RealRandomAccessible;
import net.imglib2.converter.Converters;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory;
import net.imglib2.interpolation.randomaccess.NearestNeighborInterpolatorFactory;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/**
 * The separable resampling against ImgLib2's own n-linear and
 * nearest-neighbour interpolators sampled at every output pixel's position,
 * on zero-extended 2D and 3D images, for shrinking, growing and mixed factors.
 */
class Imglib2ScaleTest extends AbstractReferenceTest {

	private static final double[][] FACTORS = { { 0.5, 0.5, 0.5 }, { 2, 1.5, 3 }, { 0.37, 2.6, 1 }, { 1, 1, 0.21 },
		{ 3.3, 0.5, 0.8 } };

	@Test
	void linearEqualsImgLib2sNLinearInterpolator() {
		for (final double[] f : FACTORS) {
			check(TestImages.random(PixelKind.FLOAT64, 3, 1000, 23, 17, 9), f, true);
			check(TestImages.random(PixelKind.FLOAT64, 4, 1000, 31, 6), new double[] { f[0], f[1] }, true);
		}
	}

	@Test
	void nearestEqualsImgLib2sNearestNeighbourInterpolator() {
		for (final double[] f : FACTORS) {
			check(TestImages.random(PixelKind.INT32, 5, 1 << 30, 23, 17, 9), f, false);
			check(TestImages.random(PixelKind.UINT16, 6, 60000, 31, 6), new double[] { f[0], f[1] }, false);
		}
	}

	private void check(final Img<? extends RealType<?>> img, final double[] factors, final boolean linear) {
		final double[] expected = interpolated(img, factors, linear);
		final double[] ours = TestImages.values(dispatch.op(ScaleOp.ID).input(img).set("factors", factors).set(
			"interpolation", linear ? "linear" : "nearest").runImage());
		assertArrayEquals(expected, ours, linear ? 1e-9 : 0, java.util.Arrays.toString(factors) + " " +
			java.util.Arrays.toString(Intervals.dimensionsAsLongArray(img)));
	}

	/** ImgLib2's interpolator at {@code (i + 0.5) / f − 0.5}, rounded to the image's kind. */
	private static double[] interpolated(final Img<? extends RealType<?>> img,
		final double[] factors, final boolean linear)
	{
		final int n = img.numDimensions();
		final long[] dims = new long[n];
		for (int d = 0; d < n; d++)
			dims[d] = ScaleOp.outputSize(img.dimension(d), factors[d]);
		final RealRandomAccessible<DoubleType> field = Views.interpolate(Views.extendZero(Converters.convert(
			(net.imglib2.RandomAccessibleInterval<? extends RealType<?>>) img, (in, out) -> out.set(in.getRealDouble()),
			new DoubleType())), linear ? new NLinearInterpolatorFactory<>() : new NearestNeighborInterpolatorFactory<>());
		final Img<DoubleType> out = ArrayImgs.doubles(dims);
		final RealRandomAccess<DoubleType> sampler = field.realRandomAccess();
		final Cursor<DoubleType> c = out.localizingCursor();
		final boolean integer = TestImages.kind(img).isInteger();
		while (c.hasNext()) {
			c.fwd();
			for (int d = 0; d < n; d++)
				sampler.setPosition((c.getLongPosition(d) + 0.5) / factors[d] - 0.5, d);
			final double v = sampler.get().get();
			c.get().set(integer ? Math.floor(v + 0.5) : v);
		}
		return TestImages.values(out);
	}
}
