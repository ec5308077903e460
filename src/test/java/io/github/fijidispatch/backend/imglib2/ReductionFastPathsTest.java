package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.project.MaxProjectionOp;
import io.github.fijidispatch.op.project.MeanProjectionOp;
import io.github.fijidispatch.op.project.MinProjectionOp;
import io.github.fijidispatch.op.project.SumProjectionOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.planar.PlanarImgFactory;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/**
 * The projections' paths (max/min folds and row reductions in the storage
 * type; exact 8/16-bit sums four slices per pass in {@code int} lanes, a
 * {@code long} per row; double sums) against a brute-force oracle of the
 * ops' rules, bit for bit: every kind, every axis, axis lengths that leave
 * every remainder of four (and lines of one value), slices longer than a
 * chunk ({@link Imglib2Projection#CHUNK}, where int lanes run),
 * on an ArrayImg, a PlanarImg (one array per slice) and a translated view;
 * full-range integers with their extremes; for float kinds NaN first, last,
 * inside a group of four and in the remainder, lines of NaN only, lines of
 * −0 and +0 (the first stays) and of ±Inf.
 */
class ReductionFastPathsTest extends AbstractReferenceTest {

	private static final String[] OPS = { MaxProjectionOp.ID, MinProjectionOp.ID, SumProjectionOp.ID,
		MeanProjectionOp.ID };

	/**
	 * Axis lengths 1 to 10: remainders 0..3 after groups of four (and after
	 * the first slice); slices of a chunk and more, with a partial chunk.
	 */
	private static final long[][] DIMS = { { 7, 6, 9 }, { 10, 5, 8 }, { 1, 4, 3 }, { 9, 2, 1 }, { 4, 7, 2 }, {
		Imglib2Projection.CHUNK + 3, 1, 7 }, { 2050, 2, 6 } };

	@Test
	void everyKindAndAxisEqualsTheOracle() {
		for (final PixelKind kind : PixelKind.values())
			for (final long[] dims : DIMS) {
				final Img<? extends RealType<?>> array = TestImages.of(kind, dims, values(kind, dims, 31 + kind.ordinal()));
				final double[] stored = TestImages.values(array);
				for (final RandomAccessibleInterval<? extends RealType<?>> input : inputs(array))
					for (int axis = 0; axis < 3; axis++)
						for (final String op : OPS) {
							final double[] ours = TestImages.values(dispatch.op(op).input(input).set("axis", "xyz".substring(axis,
								axis + 1)).runImage());
							assertSameBits(oracle(stored, dims, axis, op), ours, op + " along " + "xyz".charAt(axis) + " of " +
								kind + " " + Arrays.toString(dims) + " " + input.getClass().getSimpleName());
						}
			}
	}

	/**
	 * {@link StoredSums#fits} admits exactly the lines whose largest sums stay
	 * within {@code int}: at the limit, lanes of the extremes sum exactly.
	 */
	@Test
	void intLanesHoldTheLongestLinesTheyAdmit() {
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.INT8, PixelKind.UINT16,
			PixelKind.INT16 })
		{
			final int longest = (int) (Integer.MAX_VALUE >> (8 * kind.bytesPerPixel()));
			assertEquals(true, StoredSums.fits(kind, longest), kind + " " + longest);
			assertEquals(false, StoredSums.fits(kind, longest + 1L), kind + " " + (longest + 1));
			final StoredSums sums = StoredSums.of(kind);
			final PixelArrays arrays = PixelArrays.of(kind);
			for (final double extreme : new double[] { kind.createType().getMinValue(), kind.createType()
				.getMaxValue() })
			{
				final Object run = arrays.allocate(3);
				arrays.fromDoubles(new double[] { extreme, extreme, extreme }, 0, run, 0, 3);
				final int[] lanes = new int[3];
				int k = 0;
				for (; k + 4 <= longest; k += 4)
					sums.add4(run, 0, run, 0, run, 0, run, 0, lanes, 3);
				for (; k < longest; k++)
					sums.add(run, 0, lanes, 3);
				for (final int lane : lanes)
					assertEquals((long) extreme * longest, lane, kind + " lanes of " + longest + " × " + extreme);
				assertEquals((long) extreme * 3, sums.sum(run, 0, 3), kind + " row sum");
			}
		}
		assertEquals(null, StoredSums.of(PixelKind.INT32));
		assertEquals(null, StoredSums.of(PixelKind.FLOAT32));
	}

	private static List<RandomAccessibleInterval<? extends RealType<?>>> inputs(final Img<? extends RealType<?>> array) {
		return Arrays.asList(array, planarCopy(array), Views.translate(array, 2, -1, 5));
	}

	/**
	 * Random values over the kind's range with its extremes among them; float
	 * kinds get their non-finite and signed-zero lines (see the class comment).
	 */
	private static double[] values(final PixelKind kind, final long[] dims, final long seed) {
		final int n = (int) Intervals.numElements(dims);
		final double lo = kind.isInteger() ? kind.createType().getMinValue() : -1e4;
		final double hi = kind.isInteger() ? kind.createType().getMaxValue() : 1e4;
		final Random random = new Random(seed);
		final double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			final double r = lo + random.nextDouble() * (hi - lo);
			v[i] = kind.isInteger() ? Math.max(lo, Math.min(hi, Math.floor(r))) : (float) r;
		}
		v[random.nextInt(n)] = lo;
		v[random.nextInt(n)] = hi;
		if (kind.isInteger()) return v;
		final int w = (int) dims[0], h = (int) dims[1], d = (int) dims[2];
		// NB: NaN at the first, last, a middle and a random pixel, and through one pixel of every slice
		v[0] = Double.NaN;
		v[n - 1] = Double.NaN;
		v[n / 2] = Double.NaN;
		v[random.nextInt(n)] = Double.NaN;
		for (int z = 0; z < d; z++)
			v[index(dims, w - 1, 0, z)] = Double.NaN;
		// NB: a row of NaN only; a z line alternating −0, +0; one of ±Inf with a NaN in it
		if (h > 1) for (int x = 0; x < w; x++)
			v[index(dims, x, h - 1, 0)] = Double.NaN;
		if (w > 1) for (int z = 0; z < d; z++)
			v[index(dims, 1, 0, z)] = z % 2 == 0 ? -0.0 : 0.0;
		if (w > 2) for (int z = 0; z < d; z++)
			v[index(dims, 2, 0, z)] = z % 3 == 0 ? Double.POSITIVE_INFINITY : z % 3 == 1 ? Double.NEGATIVE_INFINITY
				: Double.NaN;
		return v;
	}

	private static int index(final long[] dims, final int x, final int y, final int z) {
		return (int) ((z * dims[1] + y) * dims[0] + x);
	}

	/**
	 * The ops' rules, value by value along the axis: NaN left out; max/min
	 * keep the first of equal values; sum and mean in double from the first
 * value on, then float32;
	 * a line with no value that is not NaN gives NaN.
	 */
	private static double[] oracle(final double[] values, final long[] dims, final int axis, final String op) {
		final int a = axis == 0 ? 1 : 0;
		final int b = axis == 2 ? 1 : 2;
		final double[] out = new double[values.length / (int) dims[axis]];
		final int[] p = new int[3];
		int o = 0;
		for (p[b] = 0; p[b] < dims[b]; p[b]++)
			for (p[a] = 0; p[a] < dims[a]; p[a]++) {
				double chosen = Double.NaN;
				double sum = 0;
				int count = 0;
				for (p[axis] = 0; p[axis] < dims[axis]; p[axis]++) {
					final double v = values[index(dims, p[0], p[1], p[2])];
					if (v != v) continue;
					if (count == 0 || (op.equals(MaxProjectionOp.ID) ? v > chosen : op.equals(MinProjectionOp.ID) && v < chosen))
						chosen = v;
					// NB: the first value starts the sum (a single −0 sums to −0)
					sum = count == 0 ? v : sum + v;
					count++;
				}
				out[o++] = count == 0 ? Double.NaN : op.equals(SumProjectionOp.ID) ? (float) sum : op.equals(
					MeanProjectionOp.ID) ? (float) (sum / count) : chosen;
			}
		return out;
	}

	private static void assertSameBits(final double[] expected, final double[] actual, final String what) {
		assertEquals(expected.length, actual.length, what + ": size");
		for (int i = 0; i < expected.length; i++)
			if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) fail(what + ": pixel " + i +
				" is " + actual[i] + ", expected " + expected[i]);
	}

	private static <T extends RealType<T> & NativeType<T>> Img<T> planarCopy(final Img<? extends RealType<?>> img) {
		@SuppressWarnings("unchecked")
		final Img<T> source = (Img<T>) img;
		final Img<T> planar = new PlanarImgFactory<>(source.firstElement().createVariable()).create(source);
		LoopBuilder.setImages(source, planar).forEachPixel((s, t) -> t.set(s));
		return planar;
	}
}
