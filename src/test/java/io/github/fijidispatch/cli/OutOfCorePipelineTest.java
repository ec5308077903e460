package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.pipeline.ScratchFolder;
import io.github.fijidispatch.zarr.BloscLibrary;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrWriter;
import io.github.fijidispatch.zarr.ZarrFormatException;
import io.github.fijidispatch.zarr.ZarrProvenance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pipeline} out of core: a child JVM with {@code -Xmx32m} runs gauss σ=2 → threshold.auto (Otsu) →
 * measure.stats on a 1024 x 1024 x 128 uint16 OME-Zarr volume (256 MiB, 8x its heap, generated block by block in the
 * temp dir) by blocks of 64^3, so neither the input nor the two 256 MiB and 128 MiB intermediates could be held whole;
 * the table counts every pixel of a two-valued mask and the scratch folder is gone. A run stopped (SIGTERM) during its
 * last step leaves no completion marker and no scratch folder.
 */
class OutOfCorePipelineTest {

	private static final long[] DIMS = { 1024, 1024, 128 };
	private static final int[] CHUNK = { 64, 64, 64 };
	private static final long HEAP = 32L << 20;

	@TempDir
	Path dir;

	@Test
	void aThreeStepPipelineOnAVolumeOfEightHeapsRunsInBoundedMemory() throws Exception {
		final String codec = BloscLibrary.isAvailable() ? "blosc:lz4:1" : "zlib:1";
		final Path in = dir.resolve("in.ome.zarr");
		generate(in, DIMS, codec);
		assertTrue(DIMS[0] * DIMS[1] * DIMS[2] * 2 >= 8 * HEAP, "the volume is at least 8 heaps");
		final Path file = dir.resolve("p.json");
		Files.write(file, ("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 2, \"name\": \"blurred\"}," +
			"{\"op\": \"threshold.auto\", \"method\": \"Otsu\", \"name\": \"mask\"}, {\"op\": \"measure.stats\"}]}")
				.getBytes(StandardCharsets.UTF_8));
		final Path csv = dir.resolve("stats.csv");
		final Process run = child(file, in, csv, codec, "64");
		final String text = CommandLineChild.output(run);
		assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the run did not finish: " + text);
		assertEquals(0, run.exitValue(), text);
		assertTrue(text.contains("filter.gauss: 512/512 blocks"), text);
		assertTrue(text.contains("pipeline step 3/3: step3 = measure.stats(mask)"), text);
		final List<String> lines = Files.readAllLines(csv);
		assertEquals("min,max,mean,sum,stddev,count,nan_count", lines.get(0), lines.toString());
		final String[] row = lines.get(1).split(",");
		assertEquals(0, Double.parseDouble(row[0]), 0, lines.toString());
		assertEquals(255, Double.parseDouble(row[1]), 0, lines.toString());
		final double count = Double.parseDouble(row[5]);
		assertEquals(DIMS[0] * DIMS[1] * DIMS[2], count, 0, "every pixel counted");
		final double sum = Double.parseDouble(row[3]);
		assertEquals(0, sum % 255, 0, "a sum of 0s and 255s: " + lines);
		assertTrue(sum > 0 && sum < 255 * count, "both sides of the threshold: " + lines);
		// NB: the CSV prints the mean to 6 significant digits
		assertEquals(sum / count, Double.parseDouble(row[2]), 1e-5 * sum / count, lines.toString());
		assertNoScratch();
	}

	@Test
	void aStoppedRunLeavesNoCompletionMarkerAndNoScratchFolder() throws Exception {
		final Path in = dir.resolve("small.ome.zarr");
		generate(in, new long[] { 256, 256, 64 }, "zlib:1");
		final Path file = dir.resolve("two.json");
		Files.write(file, ("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1}, {\"op\": \"filter.gauss\", " +
			"\"sigma\": 2}]}").getBytes(StandardCharsets.UTF_8));
		final Path out = dir.resolve("stopped.ome.zarr");
		final Process doomed = child(file, in, out, "zlib:1", "16");
		final StringBuilder seen = new StringBuilder();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(doomed.getInputStream(),
			StandardCharsets.UTF_8)))
		{
			boolean last = false;
			for (String line; (line = lines.readLine()) != null;) {
				seen.append(line).append('\n');
				if (line.contains("pipeline step 2/2")) last = true;
				else if (last && line.contains("blocks")) break;
			}
			assertTrue(doomed.isAlive(), "the run is still in its last step: " + seen);
			doomed.destroy();
			assertTrue(doomed.waitFor(1, TimeUnit.MINUTES), "the stopped run ended");
		}
		final ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(out));
		assertTrue(e.getMessage().contains("not completely written"), e.getMessage());
		assertNoScratch();
		assertFalse(Files.exists(dir.resolve("stopped.csv")));
	}

	/** An input written chunk by chunk (never whole in memory): a ramp with bright stripes, so Otsu splits it. */
	private static void generate(final Path path, final long[] dims, final String codec) throws IOException {
		final OmeZarrWriter writer = OmeZarrWriter.create(path, dims, PixelKind.UINT16, OmeAxis.spatial(3), CHUNK,
			ChunkCodecs.named(codec), false);
		final short[] data = new short[CHUNK[0] * CHUNK[1] * CHUNK[2]];
		for (long z0 = 0; z0 < dims[2]; z0 += CHUNK[2])
			for (long y0 = 0; y0 < dims[1]; y0 += CHUNK[1])
				for (long x0 = 0; x0 < dims[0]; x0 += CHUNK[0]) {
					int i = 0;
					for (int z = 0; z < CHUNK[2]; z++)
						for (int y = 0; y < CHUNK[1]; y++)
							for (int x = 0; x < CHUNK[0]; x++)
								data[i++] = (short) (((x0 + x) / 40 + (y0 + y) / 56 + (z0 + z) / 24) % 3 == 0 ? 9000 + x * 3 :
									1000 + (y * 7 + z) % 500);
					writer.array().write(new long[] { x0, y0, z0 }, CHUNK, data);
				}
		writer.complete(new ZarrProvenance("test.generate", Collections.<String, Object> emptyMap(), Collections
			.<String, Long> emptyMap(), "OutOfCorePipelineTest"));
	}

	private Process child(final Path file, final Path in, final Path out, final String codec, final String block)
		throws IOException
	{
		return CommandLineChild.start(HEAP, "pipeline", file.toString(), "-i", in.toString(), "-o", out.toString(),
			"--block", block, "--backend", "imglib2", "--compressor", codec);
	}


	private void assertNoScratch() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			final List<Path> left = s.filter(p -> p.getFileName().toString().contains(ScratchFolder.MARK)).collect(
				Collectors.toList());
			assertTrue(left.isEmpty(), "scratch folders left: " + left);
		}
	}
}
