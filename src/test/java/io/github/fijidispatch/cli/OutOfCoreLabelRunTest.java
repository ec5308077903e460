package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.BloscLibrary;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrWriter;
import io.github.fijidispatch.zarr.ZarrArray;
import io.github.fijidispatch.zarr.ZarrProvenance;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labelling out of core from the command line: a child JVM with {@code -Xmx32m} runs {@code run label.components}
 * on a 1024 x 1024 x 256 uint8 OME-Zarr volume (256 MiB, 8x its heap; its float32 labels are 1 GiB) by blocks of
 * 64^3, Zarr in and Zarr out. The mask is a known pattern: 6 x 6 pixel columns every 10 pixels in x and y,
 * through the whole depth, so every column crosses z blocks and most cross x or y blocks. Checked independently of
 * the labeller, on every pixel: column (i, j) is one component numbered j * 103 + i + 1 (raster order of its first
 * pixel, at z = 0), so 10609 components; background is 0. The scratch labels are gone afterwards.
 */
class OutOfCoreLabelRunTest {

	private static final long[] DIMS = { 1024, 1024, 256 };
	private static final int[] CHUNK = { 64, 64, 64 };
	private static final long HEAP = 32L << 20;
	private static final long BLOCK = 64;
	private static final int PERIOD = 10;
	private static final int WIDTH = 6;
	private static final int COLUMNS_PER_ROW = (int) ((DIMS[0] + PERIOD - 1) / PERIOD);

	@TempDir
	Path dir;

	@Test
	void aVolumeOfEightHeapsIsLabelledByBlocksAsTheContractNumbersIt() throws Exception {
		final String codec = BloscLibrary.isAvailable() ? "blosc:lz4:1" : "zlib:1";
		final Path in = dir.resolve("in.ome.zarr");
		generate(in, codec);
		assertTrue(DIMS[0] * DIMS[1] * DIMS[2] >= 8 * HEAP, "the volume is at least 8 heaps");

		final Path out = dir.resolve("labels.ome.zarr");
		final Process run = child(in, out, codec);
		final String text = CommandLineChild.output(run);
		assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the run did not finish: " + text);
		assertEquals(0, run.exitValue(), text);
		assertTrue(text.contains("label.components: 2048/2048 blocks"), "progress on stderr (two passes): " + text);
		final OmeZarrImage written = OmeZarrImage.open(out);
		final JsonNode provenance = written.provenance();
		assertEquals("label.components", provenance.path("op").asText(), provenance.toString());
		assertEquals(1024, provenance.path("backends").path("imglib2").asLong(), provenance.toString());
		assertEquals(Collections.emptyList(), scratchFolders(), "the scratch labels are deleted");
		checkEveryPixel(written.array());
	}

	/** The mask, written chunk by chunk (never whole in memory). */
	private static void generate(final Path path, final String codec) throws IOException {
		final OmeZarrWriter writer = OmeZarrWriter.create(path, DIMS, PixelKind.UINT8, OmeAxis.spatial(3), CHUNK,
			ChunkCodecs.named(codec), false);
		final byte[] data = new byte[CHUNK[0] * CHUNK[1] * CHUNK[2]];
		for (long z0 = 0; z0 < DIMS[2]; z0 += CHUNK[2])
			for (long y0 = 0; y0 < DIMS[1]; y0 += CHUNK[1])
				for (long x0 = 0; x0 < DIMS[0]; x0 += CHUNK[0]) {
					int i = 0;
					for (int z = 0; z < CHUNK[2]; z++)
						for (int y = 0; y < CHUNK[1]; y++)
							for (int x = 0; x < CHUNK[0]; x++)
								data[i++] = (byte) (expected(x0 + x, y0 + y) == 0 ? 0 : 255);
					writer.array().write(new long[] { x0, y0, z0 }, CHUNK, data);
				}
		writer.complete(new ZarrProvenance("test.generate", Collections.<String, Object> emptyMap(), Collections
			.<String, Long> emptyMap(), "OutOfCoreLabelRunTest"));
	}

	/** The label of a pixel (the same at every z): its column's number, or 0 between columns. */
	private static int expected(final long x, final long y) {
		if (x % PERIOD >= WIDTH || y % PERIOD >= WIDTH) return 0;
		return (int) (y / PERIOD * COLUMNS_PER_ROW + x / PERIOD + 1);
	}

	private static void checkEveryPixel(final ZarrArray labels) throws IOException {
		assertEquals(PixelKind.FLOAT32, labels.kind());
		final float[] chunk = new float[CHUNK[0] * CHUNK[1] * CHUNK[2]];
		float most = 0;
		for (long z0 = 0; z0 < DIMS[2]; z0 += CHUNK[2])
			for (long y0 = 0; y0 < DIMS[1]; y0 += CHUNK[1])
				for (long x0 = 0; x0 < DIMS[0]; x0 += CHUNK[0]) {
					labels.read(new long[] { x0, y0, z0 }, CHUNK, chunk);
					int i = 0;
					for (int z = 0; z < CHUNK[2]; z++)
						for (int y = 0; y < CHUNK[1]; y++)
							for (int x = 0; x < CHUNK[0]; x++, i++) {
								if (chunk[i] != expected(x0 + x, y0 + y)) fail("label " + chunk[i] + " at " + Arrays.toString(
									new long[] { x0 + x, y0 + y, z0 + z }) + ", expected " + expected(x0 + x, y0 + y));
								most = Math.max(most, chunk[i]);
							}
				}
		assertEquals(COLUMNS_PER_ROW * COLUMNS_PER_ROW, (int) most, "components");
	}

	private List<Path> scratchFolders() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileName().toString().contains(".scratch-")).collect(Collectors.toList());
		}
	}

	private Process child(final Path in, final Path out, final String codec) throws IOException {
		return CommandLineChild.start(HEAP, "run", "label.components", "-i", in.toString(), "-o", out.toString(), "--block",
			String.valueOf(BLOCK), "--backend", "imglib2", "--compressor", codec, "connectivity=face");
	}

}
