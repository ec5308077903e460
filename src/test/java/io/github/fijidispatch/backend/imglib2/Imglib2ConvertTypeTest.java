package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import ij.process.TypeConverter;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

class Imglib2ConvertTypeTest extends AbstractReferenceTest {

	private static double[] convert(final Object img, final String target, final boolean scale) {
		final RandomAccessibleInterval<? extends RealType<?>> out = dispatch.op(ConvertTypeOp.ID).input(img).set("target",
			target).set("scale", scale).runImage();
		assertEquals(PixelKind.byId(target), TestImages.kind(out));
		return TestImages.values(out);
	}

	private static double[] imagej(final RandomAccessibleInterval<? extends RealType<?>> img, final String target) {
		final ImageProcessor ip = ImagePlusImages.toImagePlus(img, "in").getProcessor();
		ip.resetMinAndMax();
		final TypeConverter c = new TypeConverter(ip, true);
		final ImageProcessor out = target.equals("uint8") ? c.convertToByte() : target.equals("uint16") ? c
			.convertToShort() : c.convertToFloat(null);
		return TestImages.values(ImagePlusImages.wrap(new ImagePlus("out", out)));
	}

	@Test
	void scalingConversionsAgreeWithImageJWithinOne() {
		final Img<? extends RealType<?>> floats = TestImages.random(PixelKind.FLOAT32, 4, 5000, 31, 17);
		final Img<? extends RealType<?>> shorts = TestImages.random(PixelKind.UINT16, 5, 5000, 31, 17);
		final Object[][] cases = { { floats, "uint8" }, { floats, "uint16" }, { shorts, "uint8" } };
		for (final Object[] c : cases) {
			@SuppressWarnings("unchecked")
			final RandomAccessibleInterval<? extends RealType<?>> in = (RandomAccessibleInterval<? extends RealType<?>>) c[0];
			final double[] ours = convert(in, (String) c[1], true);
			assertArrayEquals(imagej(in, (String) c[1]), ours, 1, TestImages.kind(in) + " → " + c[1]);
			final double max = java.util.Arrays.stream(ours).max().getAsDouble();
			assertEquals(c[1].equals("uint8") ? 255 : 65535, max, "the image max maps onto the target max");
		}
	}

	@Test
	void widenningConversionsKeepValuesAsImageJDoes() {
		final Img<? extends RealType<?>> bytes = TestImages.random(PixelKind.UINT8, 6, 256, 9, 7);
		assertArrayEquals(imagej(bytes, "uint16"), convert(bytes, "uint16", true));
		assertArrayEquals(TestImages.values(bytes), convert(bytes, "float32", true));
	}

	@Test
	void withoutScalingValuesAreRoundedAndSaturated() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 5, 1 }, -3, 2.5, 2.49, 300,
			Float.NaN);
		assertArrayEquals(new double[] { 0, 3, 2, 255, 0 }, convert(img, "uint8", false));
		assertArrayEquals(new double[] { 0, 3, 2, 300, 0 }, convert(img, "uint16", false));
	}

	@Test
	void scalingMapsMinToZeroAndMaxToTheTop() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 3, 1 }, -1, 0, 1);
		assertArrayEquals(new double[] { 0, 128, 255 }, convert(img, "uint8", true));
		final Img<? extends RealType<?>> flat = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1 }, 7, 7);
		assertArrayEquals(new double[] { 0, 0 }, convert(flat, "uint8", true));
	}

	@Test
	void unknownTargetIsRejected() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 1, 2);
		assertThrows(IllegalArgumentException.class, () -> dispatch.op(ConvertTypeOp.ID).input(img).set("target", "rgb")
			.run());
	}
}
