package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.SobelOp;
import io.github.fijidispatch.testing.ScijavaContext;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** filter.sobel against the written-out 3×3 kernels (2D) and the 3×3×3 outer products (3D). */
class Imglib2SobelTest {

	private static final int[][] GX = { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } };
	private static final int[][] GY = { { -1, -2, -1 }, { 0, 0, 0 }, { 1, 2, 1 } };

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Test
	void stepEdgeHasTheTextbookMagnitude() {
		// 4×3, columns {0, 0, 10, 10}: at x = 1 and x = 2, gx = 10·(1 + 2 + 1) = 40, gy = 0; elsewhere 0
		final double[] v = { 0, 0, 10, 10, 0, 0, 10, 10, 0, 0, 10, 10 };
		final double[] out = sobel(FilterTestImages.image(PixelKind.UINT8, v, 4, 3));
		assertArrayEquals(new double[] { 0, 40, 40, 0, 0, 40, 40, 0, 0, 40, 40, 0 }, out, 1e-6);
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void sobel2DMatchesTheStandardKernels(final PixelKind kind) {
		final int w = 11;
		final int h = 9;
		final Img<?> img = FilterTestImages.random(kind, 3, w, h);
		final double[] in = FilterTestImages.values(img);
		final double[] expected = new double[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double gx = 0;
				double gy = 0;
				for (int j = 0; j < 3; j++)
					for (int i = 0; i < 3; i++) {
						final double p = in[clamp(y + j - 1, h) * w + clamp(x + i - 1, w)];
						gx += GX[j][i] * p;
						gy += GY[j][i] * p;
					}
				expected[y * w + x] = Math.sqrt(gx * gx + gy * gy);
			}
		assertNear(expected, sobel(img));
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void sobel3DMatchesTheOuterProductKernels(final PixelKind kind) {
		final int[] d = { 7, 6, 5 };
		final Img<?> img = FilterTestImages.random(kind, 4, d[0], d[1], d[2]);
		final double[] in = FilterTestImages.values(img);
		final int[] derivative = { -1, 0, 1 };
		final int[] smooth = { 1, 2, 1 };
		final double[] expected = new double[in.length];
		for (int z = 0; z < d[2]; z++)
			for (int y = 0; y < d[1]; y++)
				for (int x = 0; x < d[0]; x++) {
					final double[] g = new double[3];
					for (int k = 0; k < 3; k++)
						for (int j = 0; j < 3; j++)
							for (int i = 0; i < 3; i++) {
								final double p = in[(clamp(z + k - 1, d[2]) * d[1] + clamp(y + j - 1, d[1])) * d[0] +
									clamp(x + i - 1, d[0])];
								g[0] += derivative[i] * smooth[j] * smooth[k] * p;
								g[1] += smooth[i] * derivative[j] * smooth[k] * p;
								g[2] += smooth[i] * smooth[j] * derivative[k] * p;
							}
					expected[(z * d[1] + y) * d[0] + x] = Math.sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]);
				}
		assertNear(expected, sobel(img));
	}

	private static double[] sobel(final Img<?> img) {
		final RandomAccessibleInterval<?> out = context.dispatch().op(SobelOp.ID).input(img).on(Imglib2Backend.ID)
			.runImage();
		assertEquals(PixelKind.FLOAT32, io.github.fijidispatch.backend.HostImages.describe(out).kind());
		return FilterTestImages.values(out);
	}

	private static void assertNear(final double[] expected, final double[] actual) {
		for (int i = 0; i < expected.length; i++)
			assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, expected[i]), "pixel " + i);
	}

	private static int clamp(final int c, final int n) {
		return Math.max(0, Math.min(n - 1, c));
	}
}
