package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testing.ScijavaContext;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * filter.dog against a direct (non-separable) n-D convolution with the
 * product of {@link GaussOp#halfKernel} weights, clamped, for both σ.
 */
class Imglib2DifferenceOfGaussiansTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void differenceMatchesDirectConvolutions2DAnd3D(final PixelKind kind) {
		check(kind, new int[] { 12, 9 }, new double[] { 1, 0.7 }, new double[] { 2, 1.5 });
		check(kind, new int[] { 8, 7, 6 }, new double[] { 0.8, 1, 0 }, new double[] { 1.6, 2, 1 });
	}

	@Test
	void aConstantImageGivesZeroAndNegativesSurvive() {
		final double[] v = new double[30];
		java.util.Arrays.fill(v, 200);
		v[14] = 0;
		final Img<?> img = FilterTestImages.image(PixelKind.UINT8, v, 6, 5);
		final double[] out = FilterTestImages.values(context.dispatch().op(DifferenceOfGaussiansOp.ID).input(img)
			.set("sigma1", 1)
			.set("sigma2", 2).on(Imglib2Backend.ID).runImage());
		// a dark dot: the narrower blur is darker there, so the difference is negative (not clipped to 0)
		assertEquals(-1, Math.signum(out[14]));
		final double[] flat = new double[30];
		java.util.Arrays.fill(flat, 77);
		final double[] zero = FilterTestImages.values(context.dispatch().op(DifferenceOfGaussiansOp.ID)
			.input(FilterTestImages.image(
			PixelKind.UINT16, flat, 6, 5)).on(Imglib2Backend.ID).runImage());
		for (final double z : zero)
			assertEquals(0, z, 1e-4);
	}

	private static void check(final PixelKind kind, final int[] dims, final double[] s1, final double[] s2) {
		final long[] size = new long[dims.length];
		for (int d = 0; d < dims.length; d++)
			size[d] = dims[d];
		final Img<?> img = FilterTestImages.random(kind, 9, size);
		final double[] in = FilterTestImages.values(img);
		final double[] a = gauss(in, dims, s1);
		final double[] b = gauss(in, dims, s2);
		final RandomAccessibleInterval<?> out = context.dispatch().op(DifferenceOfGaussiansOp.ID).input(img)
			.set("sigma1", s1)
			.set("sigma2", s2).on(Imglib2Backend.ID).runImage();
		assertEquals(PixelKind.FLOAT32, io.github.fijidispatch.backend.HostImages.describe(out).kind());
		final double[] actual = FilterTestImages.values(out);
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (final double v : in) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		for (int i = 0; i < in.length; i++)
			assertEquals(a[i] - b[i], actual[i], 1e-5 * (max - min), kind + " pixel " + i);
	}

	/** Direct convolution: Σ over the whole kernel box of Π_d k_d[|o_d|] · in(clamp(p + o)). */
	private static double[] gauss(final double[] in, final int[] dims, final double[] sigma) {
		final int n = dims.length;
		final float[][] k = new float[n][];
		for (int d = 0; d < n; d++)
			k[d] = GaussOp.halfKernel(sigma[d]);
		final double[] out = new double[in.length];
		final int[] p = new int[n];
		final int[] o = new int[n];
		for (int i = 0; i < in.length; i++) {
			int rest = i;
			for (int d = 0; d < n; d++) {
				p[d] = rest % dims[d];
				rest /= dims[d];
				o[d] = -(k[d].length - 1);
			}
			double sum = 0;
			while (true) {
				double w = 1;
				int index = 0;
				int stride = 1;
				for (int d = 0; d < n; d++) {
					w *= k[d][Math.abs(o[d])];
					index += Math.max(0, Math.min(dims[d] - 1, p[d] + o[d])) * stride;
					stride *= dims[d];
				}
				sum += w * in[index];
				int d = 0;
				while (d < n && o[d] == k[d].length - 1) {
					o[d] = -(k[d].length - 1);
					d++;
				}
				if (d == n) break;
				o[d]++;
			}
			out[i] = sum;
		}
		return out;
	}
}
