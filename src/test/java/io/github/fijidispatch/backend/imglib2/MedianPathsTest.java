package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/**
 * Every float median path ({@link SmallMedianNetwork}, {@link TiledRankMedian},
 * and whatever {@link Imglib2Median#median} picks) equals, bit for bit, a
 * brute-force median that clamps each offset to the image and takes the upper
 * median of the values that are not NaN (NaN when all are): box and sphere,
 * radius 1–5, 2D and 3D, many distinct values, NaN and ±Inf placed at
 * random, in runs and on the borders, signed zeros, images smaller than the
 * window and not a multiple of the tile.
 */
class MedianPathsTest {

	private static final long[][] SIZES_2D = { { 67, 45 }, { 5, 3 }, { 1, 9 }, { 40, 1 } };

	@Test
	void tiledMedianEqualsBruteForceOnManyDistinctValues() {
		for (final long[] dims : SIZES_2D)
			for (final Neighbourhood nb : neighbourhoods2d()) {
				final FloatVolume volume = randomVolume(dims, 11, 0);
				assertSameBits(bruteForce(volume, nb), TiledRankMedian.median(volume, nb), nb + " " + Arrays.toString(dims));
			}
	}

	@Test
	void tiledMedianCountsNaNOut() {
		for (final double nanShare : new double[] { 0.05, 0.5, 0.97, 1 })
			for (final Neighbourhood nb : neighbourhoods2d()) {
				final FloatVolume volume = randomVolume(new long[] { 53, 38 }, 7, nanShare);
				assertSameBits(bruteForce(volume, nb), TiledRankMedian.median(volume, nb), nb + " NaN share " + nanShare);
			}
	}

	@Test
	void tiledMedianHandlesNaNOnTheBordersAndInRuns() {
		final FloatVolume volume = randomVolume(new long[] { 45, 31 }, 5, 0);
		final int[] d = volume.dims();
		final float[] data = volume.data();
		for (int x = 0; x < d[0]; x++) {
			data[x] = Float.NaN;
			data[(d[1] - 1) * d[0] + x] = x % 3 == 0 ? Float.NaN : Float.POSITIVE_INFINITY;
		}
		for (int y = 0; y < d[1]; y++) {
			data[y * d[0]] = Float.intBitsToFloat(0x7fc00001 + y); // NB: NaN with other bits counts as NaN
			data[y * d[0] + d[0] - 1] = y % 2 == 0 ? Float.NEGATIVE_INFINITY : -0f;
		}
		for (int x = 10; x < 30; x++)
			for (int y = 10; y < 14; y++)
				data[y * d[0] + x] = Float.NaN;
		for (final Neighbourhood nb : neighbourhoods2d())
			assertSameBits(bruteForce(volume, nb), TiledRankMedian.median(volume, nb), nb.toString());
	}

	@Test
	void networkEqualsBruteForceWithoutNaN() {
		for (final long[] dims : SIZES_2D)
			for (final Neighbourhood nb : new Neighbourhood[] { Neighbourhood.box(1, 1), Neighbourhood.sphere(1, 1) }) {
				final FloatVolume volume = randomVolume(dims, 3, 0);
				assertSameBits(bruteForce(volume, nb), SmallMedianNetwork.median(volume, nb), nb + " " + Arrays.toString(
					dims));
			}
	}

	@Test
	void networkKeepsSignedZerosAndInfinitiesInOrder() {
		final float[] pool = { -0f, 0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1, -1 };
		final FloatVolume volume = FloatVolume.zeros(31, 17);
		final Random random = new Random(2);
		final float[] data = volume.data();
		for (int i = 0; i < data.length; i++)
			data[i] = pool[random.nextInt(pool.length)];
		for (final Neighbourhood nb : new Neighbourhood[] { Neighbourhood.box(1, 1), Neighbourhood.sphere(1, 1) })
			assertSameBits(bruteForce(volume, nb), SmallMedianNetwork.median(volume, nb), nb.toString());
	}

	@Test
	void chosenPathEqualsBruteForceIn2dAnd3d() {
		for (final double nanShare : new double[] { 0, 0.3 }) {
			for (final Neighbourhood nb : neighbourhoods2d())
				assertSameBits(bruteForce(randomVolume(new long[] { 41, 29 }, 9, nanShare), nb), Imglib2Median.median(
					randomVolume(new long[] { 41, 29 }, 9, nanShare), nb, PixelKind.FLOAT32), nb + " NaN share " + nanShare);
			for (int r = 1; r <= 3; r++)
				for (final Neighbourhood nb : new Neighbourhood[] { Neighbourhood.box(r, r, r), Neighbourhood.sphere(r, r, r),
					Neighbourhood.sphere(r, 1, 2) })
				{
					final FloatVolume volume = randomVolume(new long[] { 13, 11, 9 }, r, nanShare);
					assertSameBits(bruteForce(volume, nb), Imglib2Median.median(volume, nb, PixelKind.FLOAT32), nb +
						" NaN share " + nanShare);
				}
		}
	}

	@Test
	void integerKindsTakeTheNetworkAtRadiusOne() {
		final FloatVolume volume = FloatVolume.zeros(50, 20);
		final Random random = new Random(4);
		final float[] data = volume.data();
		for (int i = 0; i < data.length; i++)
			data[i] = random.nextInt(256);
		for (final Neighbourhood nb : new Neighbourhood[] { Neighbourhood.box(1, 1), Neighbourhood.sphere(1, 1) })
			assertSameBits(bruteForce(volume, nb), Imglib2Median.median(volume, nb, PixelKind.UINT8), nb.toString());
	}

	@Test
	void declinesWhatItDoesNotCover() {
		assertTrue(TiledRankMedian.handles(Neighbourhood.sphere(5, 5)));
		assertEquals(false, TiledRankMedian.handles(Neighbourhood.box(1, 1, 1)));
		assertEquals(false, SmallMedianNetwork.handles(Neighbourhood.box(2, 2)));
		assertEquals(false, SmallMedianNetwork.handles(Neighbourhood.box(1, 0)));
		assertThrows(IllegalArgumentException.class, () -> TiledRankMedian.median(FloatVolume.zeros(4, 4, 4), Neighbourhood
			.box(1, 1, 1)));
	}

	private static Neighbourhood[] neighbourhoods2d() {
		final Neighbourhood[] nbs = new Neighbourhood[12];
		for (int r = 1; r <= 5; r++) {
			nbs[2 * r - 2] = Neighbourhood.box(r, r);
			nbs[2 * r - 1] = Neighbourhood.sphere(r, r);
		}
		nbs[10] = Neighbourhood.box(3, 0);
		nbs[11] = Neighbourhood.sphere(1, 4);
		return nbs;
	}

	/** Values with many distinct floats, a few repeated ones, signed zeros, ±Inf, and NaN at {@code nanShare}. */
	private static FloatVolume randomVolume(final long[] dims, final long seed, final double nanShare) {
		final FloatVolume volume = FloatVolume.zeros(dims);
		final Random random = new Random(seed);
		final float[] special = { -0f, 0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1, 1 };
		final float[] data = volume.data();
		for (int i = 0; i < data.length; i++) {
			final double u = random.nextDouble();
			if (u < nanShare) data[i] = Float.NaN;
			else if (random.nextInt(10) == 0) data[i] = special[random.nextInt(special.length)];
			else data[i] = (float) random.nextGaussian() * 100;
		}
		return volume;
	}

	/** For each pixel: the values at every offset clamped to the image, NaN dropped, the one of rank n/2. */
	private static FloatVolume bruteForce(final FloatVolume in, final Neighbourhood nb) {
		final int[] dims = in.dims();
		final FloatVolume out = FloatVolume.zeros(in.img().dimensionsAsLongArray());
		final float[] src = in.data();
		final float[] dst = out.data();
		final float[] window = new float[nb.size()];
		final int[] position = new int[dims.length];
		for (int i = 0; i < src.length; i++) {
			int rest = i;
			for (int d = 0; d < dims.length; d++) {
				position[d] = rest % dims[d];
				rest /= dims[d];
			}
			int n = 0;
			for (int k = 0; k < nb.rowCount(); k++) {
				final int[] offset = nb.rowOffset(k);
				final int h = nb.halfWidth(k);
				for (int dx = -h; dx <= h; dx++) {
					int index = clamp(position[0] + dx, dims[0]);
					int stride = dims[0];
					for (int d = 1; d < dims.length; d++) {
						index += clamp(position[d] + offset[d - 1], dims[d]) * stride;
						stride *= dims[d];
					}
					final float v = src[index];
					if (v == v) window[n++] = v;
				}
			}
			Arrays.sort(window, 0, n);
			dst[i] = n == 0 ? Float.NaN : window[n / 2];
		}
		return out;
	}

	private static int clamp(final int c, final int size) {
		return Math.max(0, Math.min(size - 1, c));
	}

	private static void assertSameBits(final FloatVolume expected, final FloatVolume actual, final String message) {
		assertArrayEquals(bits(expected.data()), bits(actual.data()), message);
	}

	private static int[] bits(final float[] values) {
		final int[] bits = new int[values.length];
		for (int i = 0; i < values.length; i++)
			bits[i] = Float.floatToIntBits(values[i]);
		return bits;
	}
}
