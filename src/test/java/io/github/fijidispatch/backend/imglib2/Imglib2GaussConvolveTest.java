package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import io.github.fijidispatch.op.filter.GaussOp;

import org.junit.jupiter.api.Test;

/**
 * The single-line convolution (lines along X) and the strided one straight
 * on a volume (other axes) give bit-identical floats to the batched line
 * convolution, so a blur does not depend on the loop order.
 */
class Imglib2GaussConvolveTest {

	@Test
	void singleLineConvolutionEqualsBatchedConvolutionBitForBit() {
		final Random random = new Random(3);
		for (final double sigma : new double[] { 0.7, 2, 5.5 }) {
			final float[] k = GaussOp.halfKernel(sigma);
			final int r = k.length - 1;
			final int length = 97;
			final float[] line = new float[length + 2 * r];
			for (int i = 0; i < line.length; i++)
				line[i] = (float) (random.nextDouble() * 1000 - 200);
			final float[] single = new float[length];
			Imglib2Gauss.convolve(k, line, single, length, 1, 1);
			// NB: the same line as column 0 of a batch of 3 (other columns hold noise)
			final float[] batch = new float[line.length * 3];
			for (int i = 0; i < batch.length; i++)
				batch[i] = i % 3 == 0 ? line[i / 3] : random.nextFloat();
			final float[] batched = new float[length * 3];
			Imglib2Gauss.convolve(k, batch, batched, length, 3, 3);
			final float[] column = new float[length];
			for (int j = 0; j < length; j++)
				column[j] = batched[j * 3];
			assertArrayEquals(column, single, 0, "sigma " + sigma);
		}
	}

	@Test
	void stridedConvolutionEqualsLineConvolutionBitForBit() {
		final Random random = new Random(5);
		final FloatVolume volume = FloatVolume.zeros(7, 6, 5);
		final float[] data = volume.data();
		for (int i = 0; i < data.length; i++)
			data[i] = (float) (random.nextDouble() * 1000 - 200);
		for (final double sigma : new double[] { 0.7, 2 })
			for (int axis = 1; axis < 3; axis++) {
				final float[] k = GaussOp.halfKernel(sigma);
				final FloatVolume expected = FloatVolume.zeros(7, 6, 5);
				System.arraycopy(data, 0, expected.data(), 0, data.length);
				expected.filterAlong(axis, k.length - 1, (padded, out, length, width, batch) -> Imglib2Gauss.convolve(k,
					padded, out, length, width, batch));
				final FloatVolume actual = StridedConvolution.along(volume, axis, k);
				assertArrayEquals(expected.data(), actual.data(), 0, "sigma " + sigma + " axis " + axis);
			}
	}
}
