package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.op.PixelKind;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Util;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs are read exactly or refused before any pixel is read: truncated
 * files, headers larger than the heap, signed and 32-bit integer samples,
 * float64, pages of unknown order, directories (issue 12, items 6, 9, 10, 12).
 */
class TiffInspectionTest extends AbstractCommandLineTest {

	@TempDir
	Path tmp;

	private String file(final String name, final byte[] bytes) throws IOException {
		final Path p = tmp.resolve(name);
		Files.write(p, bytes);
		return p.toString();
	}

	private static double[] values(final RandomAccessibleInterval<? extends RealType<?>> img) {
		final double[] v = new double[(int) Views.iterable(img).size()];
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(img))
			v[i++] = t.getRealDouble();
		return v;
	}

	private static String refusal(final String path) {
		return assertThrows(IllegalArgumentException.class, () -> ImageFiles.read(path)).getMessage();
	}

	/** A refused input: exit 2, one line naming the file, no trace, no output written. */
	private void assertRefused(final String path, final String... phrases) {
		assertRefusedNaming(path, path, phrases);
	}

	private void assertRefusedNaming(final String path, final String named, final String... phrases) {
		assertInputRefused(path, tmp.resolve("never.tif").toString(), named, phrases);
	}

	// -- Truncated and huge --

	@Test
	void aTruncatedTiffIsRefused() throws IOException {
		final FloatProcessor fp = new FloatProcessor(64, 64);
		for (int i = 0; i < 64 * 64; i++)
			fp.setf(i, i);
		final String path = tmp.resolve("whole.tif").toString();
		assertTrue(IJ.saveAsTiff(new ImagePlus("whole", fp), path));
		final byte[] whole = Files.readAllBytes(Path.of(path));
		final String cut = file("cut.tif", Arrays.copyOf(whole, whole.length / 2));
		assertRefused(cut, "is truncated", "64×64 float32", "16384 bytes of pixel data", "the file holds " + whole.length / 2 + " bytes");
		assertEquals(64 * 64, values(ImageFiles.read(path)).length, "the whole file still reads");
	}

	@Test
	void aStripEndingPastTheFileIsRefused() throws IOException {
		final byte[] broken = new TiffBytes(4, 4, 16, TiffBytes.UNSIGNED).page(new short[16]).declaredStripBytes(4000).bytes();
		assertRefused(file("strip.tif", broken), "is truncated", "4×4 uint16", "ending at byte 4008");
	}

	@Test
	void aHugeHeaderOnATinyFileIsRefusedWithoutReading() throws IOException {
		final byte[] tiff = new TiffBytes(46000, 46000, 32, TiffBytes.FLOAT).page(new byte[0]).bytes();
		final byte[] padded = Arrays.copyOf(tiff, 150);
		final String path = file("huge.tif", padded);
		assertRefused(path, "is truncated", "46000×46000 float32", "8464000000 bytes of pixel data", "the file holds 150 bytes");
	}

	@Test
	void aHeaderLargerThanTheHeapIsRefusedBeforeReading() throws IOException {
		// NB: PackBits strips of 0 bytes: the file is complete as declared, but 8 planes of 46000² float32 need 63 GiB
		final TiffBytes t = new TiffBytes(46000, 46000, 32, TiffBytes.FLOAT).compression(TiffBytes.PACKBITS)
			.description("{\"shape\": [8, 46000, 46000]}");
		for (int i = 0; i < 8; i++)
			t.page(new byte[0]);
		final String path = file("big.tif", t.bytes());
		assertTrue(8L * 46000 * 46000 * 4 > Runtime.getRuntime().maxMemory(), "the test needs a heap under 63 GiB");
		// NB: the run's pre-flight counts the whole call (inputs, result, copies) before the reader's own check.
		assertRefusedNaming(path, "the inputs are too large for this Java's memory", "inputs 63 GiB", "FIJI_DISPATCH_JAVA_OPTS=-Xmx");
	}

	// -- Exact values or refusal --

	@Test
	void signed16BitIsReadExactly() throws IOException {
		final short[] v = { -5, 0, 7, -32768, 32767, -1 };
		final String path = file("signed.tif", new TiffBytes(3, 2, 16, TiffBytes.SIGNED).page(v).bytes());
		final Img<? extends RealType<?>> img = ImageFiles.read(path);
		assertEquals(PixelKind.INT16, PixelKind.of(Util.getTypeFromInterval(img)));
		assertArrayEquals(new double[] { -5, 0, 7, -32768, 32767, -1 }, values(img), 0);
		assertEquals(0, run("run", "measure.stats", "-i", path), err);
		assertTrue(out.contains("\n-32768,32767,0,0,"), "min, max, mean and sum as stored: " + out);
	}

	@Test
	void imageJsSigned16BitCalibrationIsReadAsTheValuesImageJShows() {
		final ShortProcessor sp = new ShortProcessor(2, 2);
		final short[] stored = (short[]) sp.getPixels();
		final int[] shown = { -5, 0, 100, -32768 };
		for (int i = 0; i < 4; i++)
			stored[i] = (short) (shown[i] + 32768);
		final ImagePlus imp = new ImagePlus("signed", sp);
		imp.getLocalCalibration().setSigned16BitCalibration();
		final String path = tmp.resolve("ij-signed.tif").toString();
		assertTrue(IJ.saveAsTiff(imp, path));
		assertArrayEquals(new double[] { -5, 0, 100, -32768 }, values(ImageFiles.read(path)), 0);
		assertArrayEquals(new short[] { 32763, (short) 32768, (short) 32868, 0 }, stored, "the ImagePlus is untouched");
	}

	@Test
	void int32IsReadExactlyUpTo2To24() throws IOException {
		final int[] v = { 16777215, -16777215, 0, 42 };
		final String path = file("int32.tif", new TiffBytes(2, 2, 32, TiffBytes.SIGNED).page(v).bytes());
		final Img<? extends RealType<?>> img = ImageFiles.read(path);
		assertEquals(PixelKind.INT32, PixelKind.of(Util.getTypeFromInterval(img)));
		assertArrayEquals(new double[] { 16777215, -16777215, 0, 42 }, values(img), 0);
	}

	@Test
	void int32BeyondFloat32PrecisionIsRefused() throws IOException {
		final String path = file("int32-big.tif", new TiffBytes(2, 2, 32, TiffBytes.SIGNED).page(1, 2, 3, 16777217).bytes());
		assertRefused(path, "int32 value 16777216 (as read) at x=1, y=1", "2^24");
	}

	@Test
	void float64IsRefusedNamingTheType() throws IOException {
		final String path = file("double.tif", new TiffBytes(2, 2, 64, TiffBytes.FLOAT).page(0.5, 1e300, -2, 3).bytes());
		assertRefused(path, "64-bit (float64 or int64) TIFFs are not supported", "Convert the file to float32");
		assertFalse(err.contains("TIFF and PNG are supported"), err);
	}

	// -- Page order --

	@Test
	void pagesWithoutMetadataAreNotGuessed() throws IOException {
		final TiffBytes plain = new TiffBytes(4, 4, 8, TiffBytes.UNSIGNED);
		for (int i = 0; i < 4; i++)
			plain.page(new byte[16]);
		assertRefused(file("pages.tif", plain.bytes()), "holds 4 pages of 4×4", "no ImageJ, tifffile or OME metadata",
			"imagej=True");
	}

	@Test
	void aZcStackDescribedByTifffileIsRefused() throws IOException {
		final TiffBytes zc = new TiffBytes(4, 4, 8, TiffBytes.UNSIGNED).description("{\"shape\": [5, 2, 4, 4]}");
		for (int i = 0; i < 10; i++)
			zc.page(new byte[16]);
		assertRefused(file("zc.tif", zc.bytes()), "holds 10 pages", "shape [5, 2, 4, 4] has 2 axes beyond the plane");
	}

	@Test
	void aZStackDescribedByTifffileIsReadAs3D() throws IOException {
		final TiffBytes z = new TiffBytes(2, 2, 8, TiffBytes.UNSIGNED).description("{\"shape\": [3, 2, 2]}");
		for (int i = 0; i < 3; i++)
			z.page(new byte[] { (byte) i, 1, 2, (byte) 200 });
		final Img<? extends RealType<?>> img = ImageFiles.read(file("z.tif", z.bytes()));
		assertArrayEquals(new long[] { 2, 2, 3 }, img.dimensionsAsLongArray());
		assertArrayEquals(new double[] { 0, 1, 2, 200, 1, 1, 2, 200, 2, 1, 2, 200 }, values(img), 0);
	}

	@Test
	void anImageJHyperstackWithChannelsRunsPerVolume() {
		final ImageStack stack = new ImageStack(4, 4);
		for (int i = 0; i < 6; i++)
			stack.addSlice(new ShortProcessor(4, 4));
		final ImagePlus imp = new ImagePlus("zc", stack);
		imp.setDimensions(2, 3, 1);
		imp.setOpenAsHyperStack(true);
		final String path = tmp.resolve("hyper.tif").toString();
		assertTrue(IJ.saveAsTiff(imp, path));
		// NB: once refused ("split channels or frames first"); now run per volume and written back with its layout.
		final String target = tmp.resolve("hyper-blurred.tif").toString();
		assertEquals(0, run("run", "filter.gauss", "-i", path, "-o", target), out + err);
		final ImagePlus result = IJ.openImage(target);
		assertEquals("2 3 1", result.getNChannels() + " " + result.getNSlices() + " " + result.getNFrames());
	}

	// -- Paths --

	@Test
	void aDirectoryIsCalledADirectory() {
		final String dir = tmp.toString();
		assertRefused(dir, "is a directory");
		assertFalse(err.contains("does not exist"), err);
	}
}
