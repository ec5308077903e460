package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.project.MaxProjectionOp;
import io.github.fijidispatch.op.project.MeanProjectionOp;
import io.github.fijidispatch.op.project.MinProjectionOp;
import io.github.fijidispatch.op.project.SumProjectionOp;
import ij.ImagePlus;
import ij.plugin.ZProjector;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

import org.junit.jupiter.api.Test;

class Imglib2ProjectionTest extends AbstractReferenceTest {

	@Test
	void zProjectionsAgreeWithImageJsZProjector() {
		final String[][] cases = { { MaxProjectionOp.ID, "max" }, { MinProjectionOp.ID, "min" },
			{ MeanProjectionOp.ID, "avg" }, { SumProjectionOp.ID, "sum" } };
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 }) {
			final Img<? extends RealType<?>> stack = TestImages.random(kind, kind.ordinal(), 250, 17, 13, 6);
			final ImagePlus imp = ImagePlusImages.toImagePlus(stack, "stack");
			// NB: ImageJ 1.54p rounds the average of an 8/16-bit stack to its type; ours is float, as on a float stack.
			final ImagePlus floats = ImagePlusImages.toImagePlus(Copies.of(stack, PixelKind.FLOAT32), "floats");
			for (final String[] c : cases) {
				final RandomAccessibleInterval<? extends RealType<?>> ours = dispatch.op(c[0]).input(stack).runImage();
				final ImagePlus theirs = ZProjector.run(c[1].equals("avg") ? floats : imp, c[1]);
				final double[] expected = TestImages.values(ImagePlusImages.wrap(theirs));
				assertArrayEquals(new long[] { 17, 13 }, Intervals.dimensionsAsLongArray(ours));
				assertArrayEquals(expected, TestImages.values(ours), 1e-4, c[0] + " " + kind);
				final boolean keepsKind = c[1].equals("max") || c[1].equals("min");
				assertEquals(keepsKind ? kind : PixelKind.FLOAT32, TestImages.kind(ours), c[0] + " " + kind);
			}
		}
	}

	/**
	 * Lines long enough for the in-place path (more than one block of output
	 * pixels, the last one partial), in array, planar and view storage, along
	 * every axis, against a brute-force fold; the float stack holds NaN.
	 */
	@Test
	void everyAxisOfLargeStacksEqualsABruteForceFold() {
		assertEveryAxisEqualsABruteForceFold(new long[] { 2100, 3, 5 }, PixelKind.UINT8, PixelKind.INT16,
			PixelKind.FLOAT32);
	}

	/**
	 * Slices small enough to be folded in groups ({@link SliceFold}): one group and a remainder along y (45 rows of
	 * 100, groups of 40), many groups and a remainder along z (50 planes of 600, groups of 6), one group of 195 and
	 * a remainder of 105 planes of 21; planar storage, whose planes are not side by side, falls back to one slice
	 * at a time. Along x, rows of 300 halved in groups ({@link RowHalving}) that end at each plane in planar
	 * storage.
	 */
	@Test
	void slicesFoldedInGroupsEqualABruteForceFold() {
		for (final long[] dims : new long[][] { { 100, 45, 7 }, { 30, 20, 50 }, { 7, 3, 300 }, { 300, 40, 4 } })
			assertEveryAxisEqualsABruteForceFold(dims, PixelKind.UINT8, PixelKind.UINT16, PixelKind.INT16,
				PixelKind.FLOAT32);
	}

	/**
	 * Every projection along every axis of random stacks of {@code dims} in array, planar and view storage, against
	 * a brute-force fold; the float stacks hold an all-NaN line along z and a single NaN.
	 */
	private void assertEveryAxisEqualsABruteForceFold(final long[] dims, final PixelKind... kinds) {
		final String[] ops = { MaxProjectionOp.ID, MinProjectionOp.ID, MeanProjectionOp.ID, SumProjectionOp.ID };
		for (final PixelKind kind : kinds) {
			final Img<? extends RealType<?>> array = TestImages.random(kind, 7 + kind.ordinal(), 200, dims);
			if (kind == PixelKind.FLOAT32) {
				final net.imglib2.RandomAccess<? extends RealType<?>> ra = array.randomAccess();
				for (int z = 0; z < dims[2]; z++) {
					ra.setPosition(new long[] { dims[0] - 2, 1, z });
					ra.get().setReal(Double.NaN); // an all-NaN z line
				}
				ra.setPosition(new long[] { 5 % dims[0], 2, 3 });
				ra.get().setReal(Double.NaN);
			}
			final Img<? extends RealType<?>> planar = planarCopy(array);
			for (final RandomAccessibleInterval<? extends RealType<?>> input : java.util.Arrays.asList(array, planar,
				net.imglib2.view.Views.translate(array, 3, 0, -1)))
				for (int axis = 0; axis < 3; axis++)
					for (final String op : ops) {
						final RandomAccessibleInterval<? extends RealType<?>> ours = dispatch.op(op).input(input).set("axis",
							"xyz".substring(axis, axis + 1)).runImage();
						assertArrayEquals(bruteForce(array, axis, op), TestImages.values(ours), 1e-9, op + " along " + axis +
							" of " + kind + " " + java.util.Arrays.toString(dims) + " " + input.getClass().getSimpleName());
					}
		}
	}

	private static double[] bruteForce(final Img<? extends RealType<?>> img, final int axis, final String op) {
		final long[] dims = Intervals.dimensionsAsLongArray(img);
		final double[] values = TestImages.values(img);
		final long[] strides = { 1, dims[0], dims[0] * dims[1] };
		final int n = (int) dims[axis];
		final double[] out = new double[values.length / n];
		int o = 0;
		final long[] p = new long[3];
		// NB: output order = the remaining axes in order, first fastest
		final int a = axis == 0 ? 1 : 0;
		final int b = axis == 2 ? 1 : 2;
		for (p[b] = 0; p[b] < dims[b]; p[b]++)
			for (p[a] = 0; p[a] < dims[a]; p[a]++) {
				double acc = Double.NaN;
				double sum = 0;
				int count = 0;
				for (p[axis] = 0; p[axis] < n; p[axis]++) {
					final double v = values[(int) (p[0] * strides[0] + p[1] * strides[1] + p[2] * strides[2])];
					// NB: NaN is no data: left out of every fold; a line of NaN only gives NaN
					if (Double.isNaN(v)) continue;
					sum += v;
					count++;
					if (Double.isNaN(acc) || (op.equals(MaxProjectionOp.ID) ? v > acc : v < acc)) acc = v;
				}
				if (count == 0) out[o++] = Double.NaN;
				else out[o++] = op.equals(MeanProjectionOp.ID) ? (float) (sum / count) : op.equals(SumProjectionOp.ID)
					? (float) sum : acc;
			}
		return out;
	}

	private static <T extends RealType<T> & net.imglib2.type.NativeType<T>> Img<T> planarCopy(
		final Img<? extends RealType<?>> img)
	{
		@SuppressWarnings("unchecked")
		final Img<T> source = (Img<T>) img;
		final Img<T> planar = new net.imglib2.img.planar.PlanarImgFactory<>(source.firstElement().createVariable()).create(
			source);
		net.imglib2.loops.LoopBuilder.setImages(source, planar).forEachPixel((s, t) -> t.set(s));
		return planar;
	}

	@Test
	void xAndYProjectionsKeepTheOtherAxesInOrder() {
		// 2x2x2: value = x + 10 y + 100 z
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT16, new long[] { 2, 2, 2 }, 0, 1, 10, 11, 100,
			101, 110, 111);
		final RandomAccessibleInterval<? extends RealType<?>> alongX = dispatch.op(MaxProjectionOp.ID).input(img).set("axis",
			"x").runImage();
		assertArrayEquals(new double[] { 1, 11, 101, 111 }, TestImages.values(alongX));
		final RandomAccessibleInterval<? extends RealType<?>> alongY = dispatch.op(SumProjectionOp.ID).input(img).set("axis",
			"y").runImage();
		assertArrayEquals(new double[] { 10, 12, 210, 212 }, TestImages.values(alongY));
	}

	@Test
	void twoDimensionalImagesProjectToOnePixelWideImages() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 3, 2 }, 1, 2, 3, 5, 6, 9);
		final RandomAccessibleInterval<? extends RealType<?>> mean = dispatch.op(MeanProjectionOp.ID).input(img).set("axis",
			"y").runImage();
		assertArrayEquals(new long[] { 3, 1 }, Intervals.dimensionsAsLongArray(mean));
		assertArrayEquals(new double[] { 3, 4, 6 }, TestImages.values(mean));
		final RandomAccessibleInterval<? extends RealType<?>> min = dispatch.op(MinProjectionOp.ID).input(img).set("axis",
			"x").runImage();
		assertArrayEquals(new long[] { 1, 2 }, Intervals.dimensionsAsLongArray(min));
		assertArrayEquals(new double[] { 1, 5 }, TestImages.values(min));
	}

	@Test
	void zAxisOfATwoDimensionalImageIsRejected() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 1, 2);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatch.op(
			MaxProjectionOp.ID).input(img).run());
		assertTrue(e.getMessage().contains("axis") && e.getMessage().contains("2D"), e.getMessage());
	}

	@Test
	void maxSkipsNaN() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1, 2 }, Float.NaN, Float.NaN,
			3, Float.NaN);
		final double[] max = TestImages.values(dispatch.op(MaxProjectionOp.ID).input(img).runImage());
		assertEquals(3, max[0]);
		assertTrue(Double.isNaN(max[1]));
	}
}
