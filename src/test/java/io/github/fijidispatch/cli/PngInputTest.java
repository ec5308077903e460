package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PNG inputs of the command line: a PNG cut short, a PNG whose image data is damaged and a file that is neither TIFF
 * nor PNG are each refused with one line naming the file and the problem, exit code 2, before ImageJ prints its
 * decoder's exception; a PNG with bytes after its end chunk, as some writers leave, is read.
 */
class PngInputTest extends AbstractCommandLineTest {

	@TempDir
	Path tmp;

	/** A 64×48 8-bit gray PNG of a gradient with noise (so that its image data spans many bytes). */
	private static byte[] png() throws IOException {
		final BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < 48; y++)
			for (int x = 0; x < 64; x++)
				image.getRaster().setSample(x, y, 0, (x * 3 + y * 5 + (x * y * 7919) % 13) & 0xff);
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	private String file(final String name, final byte[] bytes) throws IOException {
		final Path path = tmp.resolve(name);
		Files.write(path, bytes);
		return path.toString();
	}

	private void assertRefused(final String path, final String... phrases) {
		assertInputRefused(path, tmp.resolve("never.tif").toString(), path, phrases);
	}

	@Test
	void aCompletePngIsRead() throws IOException {
		final String path = file("whole.png", png());
		final String target = tmp.resolve("out.tif").toString();
		assertEquals(0, run("run", "filter.gauss", "-i", path, "-o", target), out + err);
		assertTrue(new File(target).isFile());
	}

	@Test
	void aPngCutShortIsRefusedBeforeImageJDecodesIt() throws IOException {
		final byte[] whole = png();
		final String path = file("cut.png", Arrays.copyOf(whole, whole.length / 2));
		assertRefused(path, "is a truncated PNG", "its " + whole.length / 2 + " bytes end before", "IEND");
		assertFalse(out.contains("Exception"), "ImageJ's decoder message on standard output: " + out);
	}

	@Test
	void aPngWithoutItsLastByteIsRefused() throws IOException {
		final byte[] whole = png();
		assertRefused(file("short.png", Arrays.copyOf(whole, whole.length - 1)), "is a truncated PNG");
	}

	@Test
	void bytesAfterTheEndChunkAreAccepted() throws IOException {
		final byte[] whole = png();
		final byte[] padded = Arrays.copyOf(whole, whole.length + 16);
		final String target = tmp.resolve("out.tif").toString();
		assertEquals(0, run("run", "filter.gauss", "-i", file("padded.png", padded), "-o", target), out + err);
	}

	@Test
	void aPngWithDamagedImageDataIsRefused() throws IOException {
		final byte[] damaged = png();
		// NB: the signature (8 bytes) and the header chunk (25) stay; the rest up to the end chunk is overwritten
		for (int i = 8 + 25; i < damaged.length - 12; i++)
			damaged[i] = (byte) 0x5a;
		assertRefused(file("damaged.png", damaged), "is a damaged PNG");
	}

	@Test
	void aFileThatIsNeitherTiffNorPngIsRefused() throws IOException {
		assertRefused(file("text.png", "not an image\n".getBytes("UTF-8")), "neither a TIFF nor a PNG",
			"TIFF and PNG are supported");
	}
}
