package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The plain float loops of {@link Imglib2PixelMath.Linear} (a float-exact
 * scalar added or multiplied, in float) give bit for bit the float of the
 * double computation {@code (float) ((v − shift) · factor)}, the rule every
 * other path follows: over random floats of every exponent, subnormals, ±0,
 * the largest floats (overflow to ±Inf), NaN and ±Inf, and for scalars that a
 * float holds exactly and some it does not (the double loop).
 */
class LinearFloatLoopTest {

	private static final double[] SCALARS = { 5, -3, 1.5, 0.5, 0.75, -0.0, 1e-40, Math.scalb(1.0, -140), 3.4e38, 1e30,
		0.1, 1.0 / 3, Float.MAX_VALUE, Double.MIN_VALUE };

	@Test
	void floatLoopsEqualTheDoubleRuleBitForBit() {
		final float[] in = values();
		final float[] out = new float[in.length];
		for (final double scalar : SCALARS)
			for (final Imglib2PixelMath.Linear f : new Imglib2PixelMath.Linear[] { Imglib2PixelMath.Linear.plus(scalar),
				Imglib2PixelMath.Linear.times(scalar), new Imglib2PixelMath.Linear(scalar, 2) })
			{
				f.applyTo(in, out, 0, in.length);
				for (int i = 0; i < in.length; i++) {
					final int at = i;
					assertEquals(Float.floatToIntBits((float) f.applyAsDouble(in[i])), Float.floatToIntBits(out[i]), () ->
						f + " with scalar " + scalar + ", pixel " + in[at] + ": loop " + out[at]);
				}
			}
	}

	@Test
	void theLoopWritesOnlyItsRange() {
		final float[] in = values();
		final float[] out = new float[in.length];
		Imglib2PixelMath.Linear.plus(1).applyTo(in, out, 10, 20);
		for (int i = 0; i < in.length; i++)
			if (i < 10 || i >= 20) assertEquals(0f, out[i], "pixel " + i);
	}

	private static float[] values() {
		final Random random = new Random(11);
		final float[] v = new float[20000];
		final float[] special = { 0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
			Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1f, -1f, 16777216f, 16777217f };
		System.arraycopy(special, 0, v, 0, special.length);
		for (int i = special.length; i < v.length; i++)
			v[i] = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt()) : (float) (random.nextGaussian() * 1000);
		return v;
	}
}
