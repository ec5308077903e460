package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.math.AbsOp;
import io.github.fijidispatch.op.math.AddOp;
import io.github.fijidispatch.op.math.AddScalarOp;
import io.github.fijidispatch.op.math.CommonKind;
import io.github.fijidispatch.op.math.DivideOp;
import io.github.fijidispatch.op.math.MultiplyOp;
import io.github.fijidispatch.op.math.MultiplyScalarOp;
import io.github.fijidispatch.op.math.SubtractOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

class Imglib2MathTest extends AbstractReferenceTest {

	private static final long[] ROW = { 4, 1 };

	private static RandomAccessibleInterval<? extends RealType<?>> run(final String op, final Object... inputs) {
		return dispatch.op(op).inputs(inputs).runImage();
	}

	@Test
	void commonKindHoldsBothInputs() {
		assertEquals(PixelKind.UINT16, CommonKind.of(PixelKind.UINT8, PixelKind.UINT16));
		assertEquals(PixelKind.UINT8, CommonKind.of(PixelKind.UINT8, PixelKind.UINT8));
		assertEquals(PixelKind.FLOAT32, CommonKind.of(PixelKind.UINT16, PixelKind.FLOAT32));
		assertEquals(PixelKind.INT16, CommonKind.of(PixelKind.UINT8, PixelKind.INT8));
		assertEquals(PixelKind.INT32, CommonKind.of(PixelKind.UINT16, PixelKind.INT16));
		assertEquals(PixelKind.FLOAT64, CommonKind.of(PixelKind.INT32, PixelKind.UINT32));
		assertEquals(PixelKind.FLOAT64, CommonKind.of(PixelKind.FLOAT32, PixelKind.FLOAT64));
	}

	@Test
	void addSaturatesInTheWiderType() {
		final Img<? extends RealType<?>> a = TestImages.of(PixelKind.UINT8, ROW, 200, 255, 0, 10);
		final Img<? extends RealType<?>> b = TestImages.of(PixelKind.UINT8, ROW, 100, 1, 0, 5);
		final Img<? extends RealType<?>> wide = TestImages.of(PixelKind.UINT16, ROW, 100, 65535, 0, 5);
		assertArrayEquals(new double[] { 255, 255, 0, 15 }, TestImages.values(run(AddOp.ID, a, b)));
		final RandomAccessibleInterval<? extends RealType<?>> mixed = run(AddOp.ID, a, wide);
		assertEquals(PixelKind.UINT16, TestImages.kind(mixed));
		assertArrayEquals(new double[] { 300, 65535, 0, 15 }, TestImages.values(mixed));
	}

	@Test
	void subtractClampsAtZeroForUnsignedAndIsExactInFloat() {
		final Img<? extends RealType<?>> a = TestImages.of(PixelKind.UINT8, ROW, 3, 10, 0, 255);
		final Img<? extends RealType<?>> b = TestImages.of(PixelKind.UINT8, ROW, 5, 4, 0, 0);
		assertArrayEquals(new double[] { 0, 6, 0, 255 }, TestImages.values(run(SubtractOp.ID, a, b)));
		final Img<? extends RealType<?>> f = TestImages.of(PixelKind.FLOAT32, ROW, 0.5, 0, 0, 0);
		final RandomAccessibleInterval<? extends RealType<?>> mixed = run(SubtractOp.ID, a, f);
		assertEquals(PixelKind.FLOAT32, TestImages.kind(mixed));
		assertArrayEquals(new double[] { 2.5, 10, 0, 255 }, TestImages.values(mixed));
	}

	@Test
	void multiplyRoundsAndSaturates() {
		final Img<? extends RealType<?>> a = TestImages.of(PixelKind.UINT16, ROW, 300, 1000, 7, 0);
		final Img<? extends RealType<?>> b = TestImages.of(PixelKind.UINT16, ROW, 300, 2, 7, 9);
		assertArrayEquals(new double[] { 65535, 2000, 49, 0 }, TestImages.values(run(MultiplyOp.ID, a, b)));
	}

	@Test
	void divideIsFloatWithIeeeDivisionByZero() {
		final Img<? extends RealType<?>> a = TestImages.of(PixelKind.UINT8, ROW, 1, 0, 3, 10);
		final Img<? extends RealType<?>> b = TestImages.of(PixelKind.FLOAT32, ROW, 0, 0, 2, -4);
		final RandomAccessibleInterval<? extends RealType<?>> q = run(DivideOp.ID, a, b);
		assertEquals(PixelKind.FLOAT32, TestImages.kind(q));
		final double[] v = TestImages.values(q);
		assertEquals(Double.POSITIVE_INFINITY, v[0]);
		assertTrue(Double.isNaN(v[1]));
		assertEquals(1.5, v[2]);
		assertEquals(-2.5, v[3]);
		final Img<? extends RealType<?>> n = TestImages.of(PixelKind.FLOAT32, ROW, -1, 0, 0, 0);
		final Img<? extends RealType<?>> zero = TestImages.of(PixelKind.FLOAT32, ROW, 0, 1, 1, 1);
		assertEquals(Double.NEGATIVE_INFINITY, TestImages.values(run(DivideOp.ID, n, zero))[0]);
	}

	@Test
	void twoImageOpsRejectDifferentSizes() {
		final Img<? extends RealType<?>> a = TestImages.of(PixelKind.UINT8, ROW, 1, 2, 3, 4);
		final Img<? extends RealType<?>> b = TestImages.of(PixelKind.UINT8, new long[] { 2, 2 }, 1, 2, 3, 4);
		for (final String op : new String[] { AddOp.ID, SubtractOp.ID, MultiplyOp.ID, DivideOp.ID }) {
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(op, a, b));
			assertTrue(e.getMessage().contains(op) && e.getMessage().contains("2x2") && e.getMessage().contains("4x1"), e
				.getMessage());
		}
	}

	@Test
	void scalarOpsKeepTheTypeRoundedHalfUpAndSaturated() {
		final Img<? extends RealType<?>> a = TestImages.of(PixelKind.UINT8, ROW, 10, 250, 0, 100);
		assertArrayEquals(new double[] { 11, 251, 1, 101 }, TestImages.values(dispatch.op(AddScalarOp.ID).input(a).set(
			"value", 0.5).runImage()));
		assertArrayEquals(new double[] { 0, 240, 0, 90 }, TestImages.values(dispatch.op(AddScalarOp.ID).input(a).set(
			"value", -10).runImage()));
		assertArrayEquals(new double[] { 25, 255, 0, 250 }, TestImages.values(dispatch.op(MultiplyScalarOp.ID).input(a)
			.set("value", 2.5).runImage()));
		final Img<? extends RealType<?>> f = TestImages.of(PixelKind.FLOAT32, ROW, 1.25, -2, 0, 3);
		assertArrayEquals(new double[] { -0.625, 1, -0.0, -1.5 }, TestImages.values(dispatch.op(MultiplyScalarOp.ID).input(f)
			.set("value", -0.5).runImage()));
	}

	@Test
	void absMirrorsNegativesAndSaturatesTheSignedMinimum() {
		final Img<? extends RealType<?>> f = TestImages.of(PixelKind.FLOAT32, ROW, -1.5, 2, -0.0, 3);
		assertArrayEquals(new double[] { 1.5, 2, 0, 3 }, TestImages.values(run(AbsOp.ID, f)));
		final Img<? extends RealType<?>> b = TestImages.of(PixelKind.INT8, ROW, -128, -5, 127, 0);
		final RandomAccessibleInterval<? extends RealType<?>> r = run(AbsOp.ID, b);
		assertEquals(PixelKind.INT8, TestImages.kind(r));
		assertArrayEquals(new double[] { 127, 5, 127, 0 }, TestImages.values(r));
	}

	@Test
	void worksOnThreeDimensionalImages() {
		final Img<? extends RealType<?>> a = TestImages.random(PixelKind.UINT16, 1, 1000, 5, 4, 3);
		final Img<? extends RealType<?>> b = TestImages.random(PixelKind.UINT16, 2, 1000, 5, 4, 3);
		final double[] sum = TestImages.values(run(AddOp.ID, a, b));
		final double[] x = TestImages.values(a);
		final double[] y = TestImages.values(b);
		for (int i = 0; i < sum.length; i++)
			assertEquals(x[i] + y[i], sum[i]);
	}
}
