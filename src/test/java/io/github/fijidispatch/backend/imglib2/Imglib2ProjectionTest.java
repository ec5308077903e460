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
