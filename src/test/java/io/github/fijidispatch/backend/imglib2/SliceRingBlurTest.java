package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/**
 * {@link SliceRingBlur} against the three passes one after the other (X rows, then whole intermediate volumes along Y
 * and Z), bit for bit: every chunking, windows, axes without a pass, a view of a larger image.
 */
class SliceRingBlurTest {

	private static final Random RANDOM = new Random(23);

	@Test
	void streamedEqualsThreePassesForEveryChunking() {
		final RandomAccessibleInterval<UnsignedShortType> box = randomView(21, 17, 26);
		final double[] sigma = { 1.3, 2.0, 1.6 };
		for (final int chunks : new int[] { 1, 2, 3, 26 })
			check(box, sigma, new int[] { 0, 0, 0 }, new int[] { 21, 17, 26 }, chunks);
	}

	@Test
	void streamedEqualsThreePassesOverSeveralSlabs() {
		// NB: rows of 400 values: the Y pass takes slabs of 1024 / 400 = 2 slices, the last one (of 15) alone
		final RandomAccessibleInterval<UnsignedShortType> box = randomView(400, 9, 15);
		assertEquals(2, SliceRingBlur.SLAB_SWEEP / 400);
		for (final int chunks : new int[] { 1, 2, 4 })
			check(box, new double[] { 1.0, 1.2, 1.4 }, new int[] { 0, 0, 0 }, new int[] { 400, 9, 15 }, chunks);
		check(box, new double[] { 1.0, 1.2, 1.4 }, new int[] { 5, 2, 3 }, new int[] { 390, 5, 9 }, 2);
	}

	@Test
	void streamedEqualsThreePassesWithinAWindow() {
		final RandomAccessibleInterval<UnsignedShortType> box = randomView(30, 24, 28);
		final double[] sigma = { 1.0, 1.5, 2.0 };
		check(box, sigma, new int[] { 4, 6, 8 }, new int[] { 22, 12, 12 }, 1);
		check(box, sigma, new int[] { 4, 6, 8 }, new int[] { 22, 12, 12 }, 2);
		// NB: a window whose Z range reaches neither end of the box, and one at its start
		check(box, sigma, new int[] { 0, 0, 10 }, new int[] { 30, 24, 1 }, 1);
		check(box, sigma, new int[] { 29, 23, 0 }, new int[] { 1, 1, 5 }, 3);
	}

	@Test
	void streamedEqualsThreePassesOnSingleSlicesRowsAndColumns() {
		check(randomView(12, 10, 1), new double[] { 1.0, 1.0, 2.0 }, new int[3], new int[] { 12, 10, 1 }, 1);
		check(randomView(12, 1, 9), new double[] { 1.0, 1.0, 2.0 }, new int[3], new int[] { 12, 1, 9 }, 2);
		check(randomView(1, 10, 9), new double[] { 1.0, 1.0, 2.0 }, new int[3], new int[] { 1, 10, 9 }, 3);
	}

	@Test
	void streamedEqualsThreePassesWithAxesWithoutPass() {
		final RandomAccessibleInterval<UnsignedShortType> box = randomView(19, 13, 22);
		check(box, new double[] { 0, 1.5, 2.0 }, new int[] { 0, 2, 3 }, new int[] { 19, 9, 15 }, 2);
		check(box, new double[] { 1.5, 0, 2.0 }, new int[] { 2, 0, 3 }, new int[] { 15, 13, 15 }, 2);
		check(box, new double[] { 0, 0, 1.0 }, new int[] { 0, 0, 0 }, new int[] { 19, 13, 22 }, 3);
	}

	@Test
	void appliesOnlyWhenTheRingFitsAndEachThreadGetsAChunk() {
		assertNull(SliceRingBlur.chunks(64, 8, 17, 1024 * 1024), "a ring of 17 slices of 4 MB");
		final List<long[]> one = Parallelization.runSingleThreaded(() -> SliceRingBlur.chunks(10, 8, 10, 128 * 128));
		assertNotNull(one, "one task: one chunk of any length");
		assertEquals(1, one.size());
		final List<long[]> two = Parallelization.runWithNumThreads(2, () -> SliceRingBlur.chunks(256, 8, 17, 256 * 256));
		assertNotNull(two);
		assertEquals(2, two.size());
		assertEquals(4, Parallelization.runWithNumThreads(4, () -> SliceRingBlur.chunks(256, 8, 17, 256 * 256)).size(),
			"4 chunks of 64 slices: 8 × the radius 8 each");
		assertNull(Parallelization.runWithNumThreads(8, () -> SliceRingBlur.chunks(256, 8, 17, 256 * 256)),
			"8 chunks of 32 slices, fewer than 8 × the radius 8 each");
	}

	private static void check(final RandomAccessibleInterval<? extends RealType<?>> image, final double[] sigma,
		final int[] from, final int[] length, final int chunkCount)
	{
		// NB: as Imglib2Gauss reads it: an axis without a pass cropped to the window
		final long[] min = new long[3];
		final long[] max = new long[3];
		final int[] passFrom = from.clone();
		for (int d = 0; d < 3; d++) {
			min[d] = image.min(d) + (sigma[d] == 0 ? from[d] : 0);
			max[d] = sigma[d] == 0 ? min[d] + length[d] - 1 : image.max(d);
			if (sigma[d] == 0) passFrom[d] = 0;
		}
		final RandomAccessibleInterval<? extends RealType<?>> box = Views.zeroMin(Views.interval(image, min, max));
		final float[] expected = threePasses(box, sigma, passFrom, length);
		final float[][] kernels = new float[3][];
		for (int d = 0; d < 3; d++)
			kernels[d] = sigma[d] == 0 ? null : GaussOp.halfKernel(sigma[d]);
		final List<long[]> chunks = new ArrayList<>();
		for (int c = 0; c < chunkCount; c++)
			chunks.add(new long[] { (long) length[2] * c / chunkCount, (long) length[2] * (c + 1) / chunkCount });
		final float[] actual = new float[expected.length];
		Arrays.fill(actual, Float.NaN);
		SliceRingBlur.blur(box, kernels, passFrom, length, chunks, (at, values, n) -> System.arraycopy(values, 0, actual,
			(int) at, n));
		assertArrayEquals(expected, actual, "σ " + Arrays.toString(sigma) + ", window " + Arrays.toString(from) + " + " +
			Arrays.toString(length) + ", " + chunkCount + " chunk(s)");
	}

	/** The blur's three passes over whole volumes: X on the rows, then Y and Z each into a new volume. */
	private static float[] threePasses(final RandomAccessibleInterval<? extends RealType<?>> box, final double[] sigma,
		final int[] from, final int[] length)
	{
		FloatVolume v;
		if (sigma[0] == 0) v = FloatVolume.copyOf(box);
		else {
			final float[] k = GaussOp.halfKernel(sigma[0]);
			v = FloatVolume.filterRowsOf(box, k.length - 1, (padded, out, len, w, b) -> Imglib2Gauss.convolve(k, padded,
				out, len, w, b), from[0], length[0]);
		}
		for (int d = 1; d < 3; d++)
			if (sigma[d] != 0) v = StridedConvolution.along(v, d, GaussOp.halfKernel(sigma[d]), from[d], length[d]);
		return v.data();
	}

	private static RandomAccessibleInterval<UnsignedShortType> randomView(final long... size) {
		final ArrayImg<UnsignedShortType, ShortArray> img = ArrayImgs.unsignedShorts(size[0] + 5, size[1] + 3, size[2] +
			2);
		img.forEach(t -> t.set(RANDOM.nextInt(65536)));
		return Views.interval(img, new long[] { 3, 1, 1 }, new long[] { size[0] + 2, size[1], size[2] });
	}
}
