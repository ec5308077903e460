package io.github.fijidispatch.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the blocks in flight, not the image: a child JVM with {@code -Xmx64m} writes and reads back
 * a 1024 x 1024 x 300 uint16 OME-Zarr volume (600 MiB, over 8x its heap) block by block, with the sampled blocks
 * checked pixel by pixel and the read checksum equal to the write checksum.
 */
class ZarrBoundedMemoryTest {

	@TempDir
	Path dir;

	@Test
	void aVolumeOfEightHeapsIsWrittenAndReadInBlocks() throws Exception {
		final String codec = BloscLibrary.isAvailable() ? "blosc:lz4:1" : "zlib:1";
		final List<String> command = Arrays.asList(System.getProperty("java.home") + File.separator + "bin" + File
			.separator + "java", "-Xmx64m", "-cp", System.getProperty("java.class.path"), ZarrVolumeChild.class.getName(),
			dir.resolve("big.ome.zarr").toString(), "1024", "1024", "300", codec);
		final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		final byte[] buffer = new byte[8192];
		for (int n; (n = p.getInputStream().read(buffer)) >= 0;)
			out.write(buffer, 0, n);
		assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child did not finish");
		final String text = out.toString(StandardCharsets.UTF_8.name());
		assertEquals(0, p.exitValue(), text);
		final Matcher m = Pattern.compile("heap (\\d+) bytes (\\d+) blocks (\\d+) checked (\\d+) written (-?\\d+) read (-?\\d+)")
			.matcher(text);
		assertTrue(m.find(), text);
		final long heap = Long.parseLong(m.group(1));
		final long bytes = Long.parseLong(m.group(2));
		assertTrue(bytes >= 8 * heap, "the volume (" + bytes + " bytes) is at least 8 heaps (" + heap + ")");
		assertEquals(Long.parseLong(m.group(3)), 4L * 4 * 5, "blocks");
		assertTrue(Long.parseLong(m.group(4)) >= 10, "sampled blocks checked: " + m.group(4));
		assertEquals(m.group(5), m.group(6), "the read checksum equals the write checksum");
	}
}
