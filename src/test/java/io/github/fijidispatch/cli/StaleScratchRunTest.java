package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrWriter;
import io.github.fijidispatch.zarr.ZarrProvenance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code run label.components} killed with {@code SIGKILL} in its first pass leaves its {@code OUT.scratch-*}
 * folder; the next run on the same output removes it, says so on stderr naming the dead process, and completes with
 * no scratch left. A folder beside the output that the suite did not make is left alone.
 */
class StaleScratchRunTest {

	private static final long[] DIMS = { 128, 128, 64 };
	private static final int[] CHUNK = { 16, 16, 16 };

	@TempDir
	Path dir;

	@Test
	void theNextRunRemovesTheScratchOfAKilledRun() throws Exception {
		final Path in = dir.resolve("in.ome.zarr");
		generate(in);
		final Path foreign = Files.createDirectory(dir.resolve("out.ome.zarr.scratch-mine"));
		final Path out = dir.resolve("out.ome.zarr");
		final Process doomed = child(in, out);
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(doomed.getInputStream(),
			StandardCharsets.UTF_8)))
		{
			for (String line; (line = lines.readLine()) != null;)
				if (line.contains("blocks") && scratchFolders().size() > 1) break;
			doomed.destroyForcibly();
			assertTrue(doomed.waitFor(1, TimeUnit.MINUTES), "the killed run ended");
		}
		final List<Path> left = scratchFolders();
		left.remove(foreign);
		assertEquals(1, left.size(), "the killed run left its scratch: " + left);

		final Process next = child(in, out, "--overwrite");
		final String text = CommandLineChild.output(next);
		assertTrue(next.waitFor(5, TimeUnit.MINUTES), "the run did not finish: " + text);
		assertEquals(0, next.exitValue(), text);
		assertTrue(text.contains("removed the stale scratch folder " + left.get(0) + " left by process " + doomed.pid()),
			"reported on stderr: " + text);
		assertEquals(Collections.singletonList(foreign), scratchFolders(), "only the foreign folder stays");
		assertEquals("label.components", OmeZarrImage.open(out).provenance().path("op").asText());
	}

	private List<Path> scratchFolders() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileName().toString().contains(".scratch-")).collect(Collectors.toList());
		}
	}

	/** A mask of 4-pixel cubes, half of them foreground, chunk by chunk. */
	private static void generate(final Path path) throws IOException {
		final OmeZarrWriter writer = OmeZarrWriter.create(path, DIMS, PixelKind.UINT8, OmeAxis.spatial(3), CHUNK,
			ChunkCodecs.named("zlib:1"), false);
		final byte[] data = new byte[CHUNK[0] * CHUNK[1] * CHUNK[2]];
		for (long z0 = 0; z0 < DIMS[2]; z0 += CHUNK[2])
			for (long y0 = 0; y0 < DIMS[1]; y0 += CHUNK[1])
				for (long x0 = 0; x0 < DIMS[0]; x0 += CHUNK[0]) {
					int i = 0;
					for (int z = 0; z < CHUNK[2]; z++)
						for (int y = 0; y < CHUNK[1]; y++)
							for (int x = 0; x < CHUNK[0]; x++)
								data[i++] = (((x0 + x) >> 2) + ((y0 + y) >> 2) * 3 + ((z0 + z) >> 2) * 5) % 2 == 0 ? (byte) 255 : 0;
					writer.array().write(new long[] { x0, y0, z0 }, CHUNK, data);
				}
		writer.complete(new ZarrProvenance("test.generate", Collections.<String, Object> emptyMap(), Collections
			.<String, Long> emptyMap(), "StaleScratchRunTest"));
	}

	private static Process child(final Path in, final Path out, final String... more) throws IOException {
		final List<String> args = new ArrayList<>(Arrays.asList("run", "label.components", "-i", in.toString(), "-o", out
			.toString(), "--block", "8", "--backend", "imglib2", "--compressor", "zlib:1"));
		args.addAll(Arrays.asList(more));
		return CommandLineChild.start(0, args.toArray(new String[0]));
	}

}
