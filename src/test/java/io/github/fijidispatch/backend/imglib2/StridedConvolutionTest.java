package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.parallel.Parallelization;

import org.junit.jupiter.api.Test;

/**
 * {@link StridedConvolution} along Y of 2D volumes against the convolution written out value by value (the same
 * float terms in the same order, rows clamped to the edge), bit for bit: wide slabs swept by column blocks and, on one
 * thread, narrow ones swept in strips laid side by side.
 */
class StridedConvolutionTest {

	private static final Random RANDOM = new Random(41);

	@Test
	void narrowSlabsInStripsGiveTheWrittenOutConvolution() {
		for (final int width : new int[] { 1, 7, 64, 128, 200, 256 })
			for (final int[] range : new int[][] { { 0, 150 }, { 8, 128 }, { 3, 97 }, { 140, 10 }, { 0, 1 } })
				Parallelization.runSingleThreaded(() -> check(width, 150, 2.0, range[0], range[1]));
		Parallelization.runSingleThreaded(() -> check(128, 9, 1.0, 0, 9));
		Parallelization.runSingleThreaded(() -> check(16, 300, 0.6, 5, 290));
	}

	@Test
	void wideAndParallelSlabsGiveTheWrittenOutConvolution() {
		check(1000, 40, 2.0, 4, 30);
		Parallelization.runWithNumThreads(2, () -> check(128, 150, 2.0, 8, 128));
	}

	private static void check(final int width, final int height, final double sigma, final int from,
		final int length)
	{
		final FloatVolume volume = FloatVolume.zeros(width, height);
		final float[] in = volume.data();
		for (int i = 0; i < in.length; i++)
			in[i] = RANDOM.nextFloat() * 100 - 20;
		final float[] k = GaussOp.halfKernel(sigma);
		final float[] expected = new float[width * length];
		final int r = k.length - 1;
		for (int j = 0; j < length; j++)
			for (int x = 0; x < width; x++) {
				final int y = from + j;
				float sum = k[0] * in[y * width + x];
				for (int t = 1; t <= r; t++)
					sum += k[t] * (in[Math.max(0, y - t) * width + x] + in[Math.min(height - 1, y + t) * width + x]);
				expected[j * width + x] = sum;
			}
		assertArrayEquals(expected, StridedConvolution.along(volume, 1, k, from, length).data(), width + " × " + height +
			", σ " + sigma + ", rows " + from + " + " + length);
	}
}
