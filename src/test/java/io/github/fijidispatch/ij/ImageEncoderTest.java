package io.github.fijidispatch.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.PixelKind;
import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PNG_Writer;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream encoder writes what ImageJ 1's own savers wrote: the same
 * pixels, bit depth and stack layout, read back by ImageJ.
 */
class ImageEncoderTest {

	@TempDir
	Path tmp;

	@Test
	void tiffKeepsEveryKindAndPlane() throws IOException {
		check(fill(ArrayImgs.unsignedBytes(31, 17), 1), ImagePlus.GRAY8);
		check(fill(ArrayImgs.unsignedBytes(31, 17, 4), 2), ImagePlus.GRAY8);
		check(fill(ArrayImgs.unsignedShorts(31, 17, 3), 3), ImagePlus.GRAY16);
		check(fill(ArrayImgs.floats(31, 17, 5), 4), ImagePlus.GRAY32);
		check(fill(ArrayImgs.shorts(31, 17), 5), ImagePlus.GRAY32);
	}

	@Test
	void tiffAndPngMatchWhatImageJSavesItself() throws IOException {
		for (final Img<? extends RealType<?>> img : new Img[] { fill(ArrayImgs.unsignedBytes(40, 30), 6),
			fill(ArrayImgs.unsignedShorts(40, 30), 7), fill(ArrayImgs.floats(40, 30), 8), fill(ArrayImgs.floats(40, 30, 3), 9) })
		{
			final ImagePlus imp = ImagePlusImages.toImagePlus(img, "x");
			final boolean stack = img.numDimensions() == 3;
			final Path oursTif = tmp.resolve("ours.tif");
			final Path theirsTif = tmp.resolve("theirs.tif");
			ImageFiles.write(img, oursTif.toString());
			IJ.saveAsTiff(imp, theirsTif.toString());
			assertEquals(Files.size(theirsTif), Files.size(oursTif), "TIFF size");
			samePixels(IJ.openImage(theirsTif.toString()), IJ.openImage(oursTif.toString()));
			if (stack) continue;
			final Path oursPng = tmp.resolve("ours.png");
			final Path theirsPng = tmp.resolve("theirs.png");
			ImageFiles.write(img, oursPng.toString());
			// NB: ImageJ's PNG writer itself; IJ.saveAs(imp, "png", ...) needs ImageJ's menus, so AWT, and fails headless.
			writePng(ImagePlusImages.toImagePlus(img, "x"), theirsPng);
			samePixels(IJ.openImage(theirsPng.toString()), IJ.openImage(oursPng.toString()));
		}
	}

	@Test
	void a2dArrayImageIsWrittenFromItsOwnPixels() {
		final byte[] bytes = new byte[12];
		assertSame(bytes, ImageEncoder.plane(ArrayImgs.unsignedBytes(bytes, 4, 3), PixelKind.UINT8, 0).getPixels());
		final float[] floats = new float[12];
		assertSame(floats, ImageEncoder.plane(ArrayImgs.floats(floats, 4, 3), PixelKind.FLOAT32, 0).getPixels());
		final byte[] signed = new byte[12];
		assertNotSame(signed, ImageEncoder.plane(ArrayImgs.bytes(signed, 4, 3), PixelKind.INT8, 0).getPixels(), "int8 is converted");
		final Img<UnsignedByteType> stack = fill(ArrayImgs.unsignedBytes(4, 3, 2), 3);
		final byte[] plane = (byte[]) ImageEncoder.plane(stack, PixelKind.UINT8, 1).getPixels();
		assertEquals(stack.getAt(2, 1, 1).get(), plane[4 + 2] & 0xff);
		final byte[] shifted = (byte[]) ImageEncoder.plane(Views.translate(stack, 5, 7, 9), PixelKind.UINT8, 1).getPixels();
		assertArrayEquals(plane, shifted, "a view with another origin");
	}

	@Test
	void aStackIsNeverPng() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFiles.write(
			ArrayImgs.unsignedBytes(4, 4, 2), tmp.resolve("s.png").toString()));
		assertEquals("cannot write a 3D image as PNG ('" + tmp.resolve("s.png") + "'); use .tif", e.getMessage());
	}

	private void check(final Img<? extends RealType<?>> img, final int type) throws IOException {
		final Path file = tmp.resolve("x.tif");
		ImageFiles.write(img, file.toString());
		final ImagePlus back = IJ.openImage(file.toString());
		assertEquals(type, back.getType());
		final int depth = img.numDimensions() == 3 ? (int) img.dimension(2) : 1;
		assertEquals(depth, back.getNSlices(), "a z stack");
		final RandomAccess<? extends RealType<?>> ra = img.randomAccess();
		for (int z = 0; z < depth; z++)
			for (int y = 0; y < img.dimension(1); y++)
				for (int x = 0; x < img.dimension(0); x++) {
					ra.setPosition(x, 0);
					ra.setPosition(y, 1);
					if (depth > 1) ra.setPosition(z, 2);
					assertEquals(ra.get().getRealDouble(), back.getStack().getProcessor(z + 1).getf(x, y), 0,
						"pixel " + x + "," + y + "," + z);
				}
	}

	private static void writePng(final ImagePlus imp, final Path file) throws IOException {
		try {
			new PNG_Writer().writeImage(imp, file.toString(), -1);
		}
		catch (final Exception e) {
			throw new IOException(e);
		}
	}

	private static void samePixels(final ImagePlus expected, final ImagePlus actual) {
		assertEquals(expected.getType(), actual.getType());
		assertEquals(expected.getStackSize(), actual.getStackSize());
		for (int z = 1; z <= expected.getStackSize(); z++)
			assertArrayEquals((float[]) expected.getStack().getProcessor(z).convertToFloat().getPixels(),
				(float[]) actual.getStack().getProcessor(z).convertToFloat().getPixels(), 0, "plane " + z);
	}

	private static <T extends RealType<T>> Img<T> fill(final Img<T> img, final long seed) {
		final Random random = new Random(seed);
		final T t = img.firstElement();
		final boolean integer = t instanceof UnsignedByteType || t instanceof UnsignedShortType || t instanceof ShortType;
		for (final T v : img)
			v.setReal(integer ? random.nextInt((int) Math.min(65536, t.getMaxValue() - t.getMinValue() + 1)) + t.getMinValue() :
				random.nextGaussian() * 100);
		return img;
	}
}
