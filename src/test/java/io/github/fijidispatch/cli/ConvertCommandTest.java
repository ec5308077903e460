package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.zarr.OmeZarrImage;

import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert}: TIFF to OME-Zarr and back, pixel for pixel; an existing output is refused without --overwrite. */
class ConvertCommandTest {

	@TempDir
	Path dir;

	@Test
	void tiffToOmeZarrAndBackKeepsEveryPixel() throws Exception {
		final ArrayImg<UnsignedShortType, ShortArray> image = ArrayImgs.unsignedShorts(37, 29, 6);
		int i = 0;
		for (final UnsignedShortType t : image)
			t.set((int) (i++ * 2654435761L % 65536));
		final String tif = dir.resolve("in.tif").toString();
		ImageFiles.write(image, tif);
		final Path zarr = dir.resolve("out.ome.zarr");
		final CommandLineRun toZarr = CommandLineRun.of("convert", "-i", tif, "-o", zarr.toString(), "--chunks", "16,16,4",
			"--compressor", "zlib");
		assertEquals(0, toZarr.code, toZarr.err);
		final OmeZarrImage written = OmeZarrImage.open(zarr);
		assertEquals("[16, 16, 4]", java.util.Arrays.toString(written.array().header().chunkSize()));
		assertEquals("convert", written.provenance().path("op").asText());
		final String back = dir.resolve("back.tif").toString();
		final CommandLineRun toTiff = CommandLineRun.of("convert", "-i", zarr.toString(), "-o", back);
		assertEquals(0, toTiff.code, toTiff.err);
		assertSame(image, ImageFiles.read(back));

		final CommandLineRun again = CommandLineRun.of("convert", "-i", tif, "-o", zarr.toString());
		assertEquals(2, again.code, again.err);
		assertTrue(again.errIsOneLine() && again.err.contains("already holds data") && again.err.contains("--overwrite"),
			again.err);
		final CommandLineRun overwrite = CommandLineRun.of("convert", "-i", tif, "-o", zarr.toString(), "--overwrite");
		assertEquals(0, overwrite.code, overwrite.err);
	}

	@Test
	void badUsageSaysWhatIsAllowed() {
		final CommandLineRun both = CommandLineRun.of("convert", "-i", "a.tif", "-o", "b.tif");
		assertEquals(2, both.code);
		assertTrue(both.err.contains("must be OME-Zarr"), both.err);
		final CommandLineRun codec = CommandLineRun.of("convert", "-i", dir.resolve("x.tif").toString(), "-o", dir
			.resolve("x.ome.zarr").toString(), "--compressor", "lzma");
		assertEquals(2, codec.code, codec.err);
	}

	@Test
	void optionsWithAnEmptyPartAreRefused() throws Exception {
		final String tif = dir.resolve("small.tif").toString();
		ImageFiles.write(ArrayImgs.unsignedShorts(8, 6, 3), tif);
		final CommandLineRun chunks = CommandLineRun.of("convert", "-i", tif, "-o", dir.resolve("c.ome.zarr").toString(),
			"--chunks", "4,4,2,");
		assertEquals(2, chunks.code, chunks.err);
		assertTrue(chunks.err.contains("--chunks '4,4,2,'"), chunks.err);
		final CommandLineRun level = CommandLineRun.of("convert", "-i", tif, "-o", dir.resolve("z.ome.zarr").toString(),
			"--compressor", "zlib:");
		assertEquals(2, level.code, level.err);
		assertTrue(level.err.contains("compressor 'zlib:': level '' is not a whole number"), level.err);
		assertTrue(!Files.exists(dir.resolve("c.ome.zarr")) && !Files.exists(dir.resolve("z.ome.zarr")));
	}

	private static void assertSame(final Img<UnsignedShortType> expected, final Img<? extends RealType<?>> actual) {
		assertEquals(java.util.Arrays.toString(expected.dimensionsAsLongArray()), java.util.Arrays.toString(actual
			.dimensionsAsLongArray()));
		final Cursor<UnsignedShortType> c = expected.localizingCursor();
		final RandomAccess<? extends RealType<?>> a = actual.randomAccess();
		while (c.hasNext()) {
			c.fwd();
			a.setPosition(c);
			assertEquals(c.get().getRealDouble(), a.get().getRealDouble(), 0, () -> java.util.Arrays.toString(c
				.positionAsLongArray()));
		}
	}
}
