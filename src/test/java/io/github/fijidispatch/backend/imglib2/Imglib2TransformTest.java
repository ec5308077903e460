package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.transform.CropOp;
import io.github.fijidispatch.op.transform.FlipOp;
import io.github.fijidispatch.op.transform.Rotate90Op;
import io.github.fijidispatch.op.transform.ScaleOp;
import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

import org.junit.jupiter.api.Test;

class Imglib2TransformTest extends AbstractReferenceTest {

	private static ImagePlus coins() {
		return IJ.openImage("/work/shared/data/coins.png");
	}

	private static double[] ij(final ImageProcessor ip) {
		return TestImages.values(ImagePlusImages.wrap(new ImagePlus("", ip)));
	}

	@Test
	void flipsAgreeWithImageJ() {
		final ImagePlus imp = coins();
		final RandomAccessibleInterval<? extends RealType<?>> img = ImagePlusImages.wrap(imp);
		final ImageProcessor h = imp.getProcessor().duplicate();
		h.flipHorizontal();
		final ImageProcessor v = imp.getProcessor().duplicate();
		v.flipVertical();
		final ImageProcessor hv = h.duplicate();
		hv.flipVertical();
		assertArrayEquals(ij(h), TestImages.values(dispatch.op(FlipOp.ID).input(img).set("axes", "x").runImage()));
		assertArrayEquals(ij(v), TestImages.values(dispatch.op(FlipOp.ID).input(img).set("axes", "y").runImage()));
		assertArrayEquals(ij(hv), TestImages.values(dispatch.op(FlipOp.ID).input(img).set("axes", "xy").runImage()));
	}

	@Test
	void flipZReversesSlicesAndIsRejectedIn2D() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1, 3 }, 1, 2, 3, 4, 5, 6);
		assertArrayEquals(new double[] { 5, 6, 3, 4, 1, 2 }, TestImages.values(dispatch.op(FlipOp.ID).input(img).set("axes",
			"z").runImage()));
		assertArrayEquals(new double[] { 6, 5, 4, 3, 2, 1 }, TestImages.values(dispatch.op(FlipOp.ID).input(img).set("axes",
			"xyz").runImage()));
		final Img<? extends RealType<?>> flat = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 1, 2);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatch.op(FlipOp.ID).input(
			flat).set("axes", "xz").run());
		assertTrue(e.getMessage().contains("axes") && e.getMessage().contains("xz"), e.getMessage());
	}

	@Test
	void rotationsAgreeWithImageJ() {
		final ImagePlus imp = coins();
		final RandomAccessibleInterval<? extends RealType<?>> img = ImagePlusImages.wrap(imp);
		final ImageProcessor right = imp.getProcessor().rotateRight();
		final ImageProcessor left = imp.getProcessor().rotateLeft();
		final ImageProcessor half = imp.getProcessor().duplicate();
		half.flipHorizontal();
		half.flipVertical();
		final RandomAccessibleInterval<? extends RealType<?>> one = dispatch.op(Rotate90Op.ID).input(img).set("turns", 1)
			.runImage();
		assertArrayEquals(new long[] { imp.getHeight(), imp.getWidth() }, Intervals.dimensionsAsLongArray(one));
		assertArrayEquals(ij(right), TestImages.values(one));
		assertArrayEquals(ij(half), TestImages.values(dispatch.op(Rotate90Op.ID).input(img).set("turns", 2).runImage()));
		assertArrayEquals(ij(left), TestImages.values(dispatch.op(Rotate90Op.ID).input(img).set("turns", 3).runImage()));
	}

	@Test
	void rotationTurnsEverySliceOfAStack() {
		// 2x3x2: one turn makes 3x2x2; output (x, y) = input (y, H-1-x)
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT16, new long[] { 2, 3, 2 }, 1, 2, 3, 4, 5, 6, 11,
			12, 13, 14, 15, 16);
		assertArrayEquals(new double[] { 5, 3, 1, 6, 4, 2, 15, 13, 11, 16, 14, 12 }, TestImages.values(dispatch.op(
			Rotate90Op.ID).input(img).runImage()));
	}

	@Test
	void cropCopiesTheBoxAndRejectsBoxesOutside() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 4, 3 }, 0, 1, 2, 3, 4, 5, 6, 7, 8,
			9, 10, 11);
		final RandomAccessibleInterval<? extends RealType<?>> box = dispatch.op(CropOp.ID).input(img).set("origin",
			new int[] { 1, 1 }).set("size", new int[] { 2, 2 }).runImage();
		assertArrayEquals(new double[] { 5, 6, 9, 10 }, TestImages.values(box));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatch.op(CropOp.ID).input(
			img).set("origin", new int[] { 3, 0 }).set("size", new int[] { 2, 1 }).run());
		assertTrue(e.getMessage().contains("origin") && e.getMessage().contains("4x3"), e.getMessage());
		final Img<? extends RealType<?>> stack = TestImages.random(PixelKind.FLOAT32, 3, 100, 5, 4, 3);
		final RandomAccessibleInterval<? extends RealType<?>> sub = dispatch.op(CropOp.ID).input(stack).set("origin", 1).set(
			"size", new int[] { 3, 2, 1 }).runImage();
		assertArrayEquals(new long[] { 3, 2, 1 }, Intervals.dimensionsAsLongArray(sub));
		final double[] all = TestImages.values(stack);
		assertEquals(all[1 + 5 * 1 + 20 * 1], TestImages.values(sub)[0]);
		assertEquals(all[3 + 5 * 2 + 20 * 1], TestImages.values(sub)[5]);
	}

	@Test
	void nearestScalingRepeatsPixelsAndSizesRound() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 2 }, 1, 2, 3, 4);
		final RandomAccessibleInterval<? extends RealType<?>> big = dispatch.op(ScaleOp.ID).input(img).set("factors", 2).set(
			"interpolation", "nearest").runImage();
		assertArrayEquals(new double[] { 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4 }, TestImages.values(big));
		final Img<? extends RealType<?>> wide = TestImages.random(PixelKind.UINT8, 1, 9, 5, 3, 4);
		final RandomAccessibleInterval<? extends RealType<?>> odd = dispatch.op(ScaleOp.ID).input(wide).set("factors",
			new double[] { 0.5, 0.1, 1.5 }).runImage();
		assertArrayEquals(new long[] { 3, 1, 6 }, Intervals.dimensionsAsLongArray(odd));
	}

	@Test
	void linearScalingInterpolatesBetweenCentresAndReadsZeroOutside() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1 }, 10, 20);
		// x: positions (i + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25; y: -0.25, 0.25 (row -1 reads zero)
		final RandomAccessibleInterval<? extends RealType<?>> big = dispatch.op(ScaleOp.ID).input(img).set("factors", 2)
			.runImage();
		final double[] row = { 0.75 * 10, 12.5, 17.5, 0.75 * 20 };
		final double[] expected = new double[8];
		for (int i = 0; i < 4; i++) {
			expected[i] = 0.75 * row[i];
			expected[4 + i] = 0.75 * row[i];
		}
		assertArrayEquals(expected, TestImages.values(big), 1e-5);
		final Img<? extends RealType<?>> bytes = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 10, 11);
		final double[] rounded = TestImages.values(dispatch.op(ScaleOp.ID).input(bytes).set("factors", new double[] { 2, 1 })
			.runImage());
		// 10 * 0.75 = 7.5 → 8; 10.25; 10.75 → 11; 8.25 → 8
		assertArrayEquals(new double[] { 8, 10, 11, 8 }, rounded);
	}

	@Test
	void zeroFactorIsRejected() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 1, 2);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatch.op(ScaleOp.ID).input(
			img).set("factors", new double[] { 1, 0 }).run());
		assertTrue(e.getMessage().contains("factors"), e.getMessage());
	}
}
