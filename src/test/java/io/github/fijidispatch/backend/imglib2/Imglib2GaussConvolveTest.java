package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/**
 * The single-line convolution (lines along X) and the strided one straight
 * on a volume (other axes) give bit-identical floats to the batched line
 * convolution, so a blur does not depend on the loop order; and a pass over
 * a range of positions along its axis (an interior window's) gives the whole
 * pass's values there, bit for bit.
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
		stridedEqualsLines(7, 6, 5);
	}

	/** Axes longer than the kernel's window: the ring of source rows wraps around many times. */
	@Test
	void stridedConvolutionOfLongAxesEqualsLineConvolutionBitForBit() {
		stridedEqualsLines(5, 41, 37);
	}

	private static void stridedEqualsLines(final long... dims) {
		final Random random = new Random(5);
		final FloatVolume volume = FloatVolume.zeros(dims);
		final float[] data = volume.data();
		for (int i = 0; i < data.length; i++)
			data[i] = (float) (random.nextDouble() * 1000 - 200);
		for (final double sigma : new double[] { 0.7, 2, 5 })
			for (int axis = 1; axis < 3; axis++) {
				final float[] k = GaussOp.halfKernel(sigma);
				final FloatVolume expected = FloatVolume.zeros(dims);
				System.arraycopy(data, 0, expected.data(), 0, data.length);
				expected.filterAlong(axis, k.length - 1, (padded, out, length, width, batch) -> Imglib2Gauss.convolve(k,
					padded, out, length, width, batch));
				final FloatVolume actual = StridedConvolution.along(volume, axis, k);
				assertArrayEquals(expected.data(), actual.data(), 0, "sigma " + sigma + " axis " + axis);
			}
	}

	@Test
	void rangeOfAnXPassIsTheWholePassCropped() {
		final FloatVolume volume = randomVolume(11, 4, 3);
		for (final double sigma : new double[] { 0.6, 2, 7 }) {
			final float[] k = GaussOp.halfKernel(sigma);
			final FloatVolume whole = copyOf(volume);
			whole.filterAlong(0, k.length - 1, (padded, out, length, width, batch) -> Imglib2Gauss.convolve(k, padded, out,
				length, width, batch));
			for (final int[] range : new int[][] { { 0, 11 }, { 0, 1 }, { 10, 1 }, { 3, 5 }, { 0, 4 }, { 7, 4 } }) {
				final FloatVolume part = volume.filterAlong(0, k.length - 1, (padded, out, length, width, batch) -> Imglib2Gauss
					.convolve(k, padded, out, length, width, batch), range[0], range[1]);
				assertArrayEquals(crop(whole, 0, range[0], range[1]).data(), part.data(), 0, "σ " + sigma + " x " + Arrays
					.toString(range));
			}
		}
	}

	@Test
	void rangeOfAStridedPassIsTheWholePassCropped() {
		final FloatVolume volume = randomVolume(5, 9, 8);
		for (final double sigma : new double[] { 0.6, 2, 7 })
			for (int axis = 1; axis < 3; axis++) {
				final float[] k = GaussOp.halfKernel(sigma);
				final FloatVolume whole = StridedConvolution.along(volume, axis, k);
				final int n = volume.dims()[axis];
				for (final int[] range : new int[][] { { 0, n }, { 0, 1 }, { n - 1, 1 }, { 2, 4 }, { 0, 3 }, { 5, n - 5 } })
					assertArrayEquals(crop(whole, axis, range[0], range[1]).data(), StridedConvolution.along(volume, axis, k,
						range[0], range[1]).data(), 0, "σ " + sigma + " axis " + axis + " " + Arrays.toString(range));
			}
	}

	/** A window call's work is each pass's output pixels × its kernel length (derivation in the comments). */
	/**
	 * Along Y of a 2D image (one outer slice) the columns are cut into a job per task, not one job; the result is the
	 * single-threaded one bit for bit.
	 */
	@Test
	void aStridedPassOfOneSliceSplitsItsColumnsAndAgreesBitForBit() {
		assertEquals(StridedConvolution.MIN_COLUMNS, net.imglib2.parallel.Parallelization.runWithNumThreads(2,
			() -> StridedConvolution.columnsPerJob(2048, 1)), "2048 columns by 8 tasks");
		assertEquals(StridedConvolution.MIN_COLUMNS, net.imglib2.parallel.Parallelization.runWithNumThreads(2,
			() -> StridedConvolution.columnsPerJob(1000, 1)), "never fewer than the minimum");
		assertEquals(100, net.imglib2.parallel.Parallelization.runWithNumThreads(2, () -> StridedConvolution
			.columnsPerJob(100, 1)), "unless the slice is narrower");
		assertEquals(4096, net.imglib2.parallel.Parallelization.runWithNumThreads(2, () -> StridedConvolution
			.columnsPerJob(65536, 64)), "many slices: whole blocks of columns");
		final FloatVolume volume = randomVolume(1500, 40);
		final float[] k = GaussOp.halfKernel(3);
		final float[] one = net.imglib2.parallel.Parallelization.runSingleThreaded(() -> StridedConvolution.along(volume,
			1, k)).data();
		final float[] two = net.imglib2.parallel.Parallelization.runWithNumThreads(2, () -> StridedConvolution.along(
			volume, 1, k)).data();
		assertArrayEquals(one, two);
	}

	@Test
	void aWindowCallsWorkIsWhatItsPassesCompute() {
		final GaussOp op = new GaussOp();
		final Map<String, Object> p = new LinkedHashMap<>();
		// σ 2 (r 8, 17 taps) on x and z, 0 on y; a 144×144×144 box, window 128×100×128
		p.put("sigma", new double[] { 2, 0, 2 });
		p.put(InteriorWindow.ORIGIN, new int[] { 8, 8, 8 });
		p.put(InteriorWindow.SIZE, new int[] { 128, 100, 128 });
		final ImageInfo box = new ImageInfo(new long[] { 144, 144, 144 }, PixelKind.FLOAT32);
		final OpCall call = new OpCall(op, op.resolve(p), Collections.singletonList(ArrayImgs.floats(1, 1)), Collections
			.singletonList(box));
		// x outputs 128×100×144 (y cropped while copying), z then 128×100×128
		assertEquals(17L * 128 * 100 * 144 + 17L * 128 * 100 * 128, new Imglib2Gauss().work(call));
		p.remove(InteriorWindow.ORIGIN);
		p.remove(InteriorWindow.SIZE);
		final OpCall whole = new OpCall(op, op.resolve(p), Collections.singletonList(ArrayImgs.floats(1, 1)), Collections
			.singletonList(box));
		assertEquals(34L * 144 * 144 * 144, new Imglib2Gauss().work(whole));
	}

	// -- Helper methods --

	private static FloatVolume randomVolume(final long... dims) {
		final FloatVolume v = FloatVolume.zeros(dims);
		final Random random = new Random(11);
		final float[] data = v.data();
		for (int i = 0; i < data.length; i++)
			data[i] = (float) (random.nextDouble() * 1000 - 200);
		return v;
	}

	private static FloatVolume copyOf(final FloatVolume v) {
		final FloatVolume out = FloatVolume.zeros(toLongs(v.dims()));
		System.arraycopy(v.data(), 0, out.data(), 0, v.data().length);
		return out;
	}

	/** Positions {@code [from, from + length)} along {@code axis}, through ImgLib2 views. */
	private static FloatVolume crop(final FloatVolume v, final int axis, final int from, final int length) {
		final long[] min = new long[v.numDimensions()];
		final long[] max = toLongs(v.dims());
		for (int d = 0; d < max.length; d++)
			max[d]--;
		min[axis] = from;
		max[axis] = from + length - 1;
		return FloatVolume.copyOf(Views.zeroMin(Views.interval(v.img(), min, max)));
	}

	private static long[] toLongs(final int[] values) {
		final long[] out = new long[values.length];
		for (int d = 0; d < out.length; d++)
			out[d] = values[d];
		return out;
	}
}
