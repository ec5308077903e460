package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.BloscLibrary;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrWriter;
import io.github.fijidispatch.zarr.ZarrArray;
import io.github.fijidispatch.zarr.ZarrFormatException;
import io.github.fijidispatch.zarr.ZarrProvenance;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Out of core from the command line: a child JVM with {@code -Xmx32m} runs {@code run filter.gauss sigma=2} on a
 * 1024 x 1024 x 128 uint16 OME-Zarr volume (256 MiB, 8x its heap; chunks of 64^3) by blocks of 64^3, Zarr in and Zarr out; sampled
 * output blocks equal the whole-image op run on that block with its halo, within the op's tolerance; the output
 * carries its provenance. A run killed part-way leaves no completion marker.
 */
class OutOfCoreRunTest {

	private static final long[] DIMS = { 1024, 1024, 128 };
	private static final int[] CHUNK = { 64, 64, 64 };
	private static final long HEAP = 32L << 20;
	private static final long BLOCK = 64;

	@TempDir
	Path dir;

	@Test
	void aVolumeOfEightHeapsIsBlurredByBlocksAndAKilledRunIsNeverComplete() throws Exception {
		final String codec = BloscLibrary.isAvailable() ? "blosc:lz4:1" : "zlib:1";
		final Path in = dir.resolve("in.ome.zarr");
		generate(in, codec);
		assertTrue(DIMS[0] * DIMS[1] * DIMS[2] * 2 >= 8 * HEAP, "the volume is at least 8 heaps");

		final Path out = dir.resolve("out.ome.zarr");
		final Process run = child(in, out, codec);
		final String text = CommandLineChild.output(run);
		assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the run did not finish: " + text);
		assertEquals(0, run.exitValue(), text);
		assertTrue(text.contains("filter.gauss: 512/512 blocks"), "progress on stderr: " + text);
		final OmeZarrImage written = OmeZarrImage.open(out);
		assertEquals("filter.gauss", written.provenance().path("op").asText(), written.provenance().toString());
		assertEquals(2.0, written.provenance().path("parameters").path("sigma").path(0).asDouble(written.provenance()
			.path("parameters").path("sigma").asDouble()), 0, written.provenance().toString());
		assertEquals(512, written.provenance().path("backends").path("imglib2").asLong(), written.provenance().toString());
		checkSampledBlocks(in, written.array());

		final Path killed = dir.resolve("killed.ome.zarr");
		final Process doomed = child(in, killed, codec);
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(doomed.getInputStream(),
			StandardCharsets.UTF_8)))
		{
			for (String line; (line = lines.readLine()) != null;)
				if (line.contains("blocks")) break;
			doomed.destroyForcibly();
			assertTrue(doomed.waitFor(1, TimeUnit.MINUTES), "the killed run ended");
		}
		final ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(killed));
		assertTrue(e.getMessage().contains("not completely written"), e.getMessage());
	}

	/** The input, written block by block (never whole in memory): a value that differs along every axis. */
	private static void generate(final Path path, final String codec) throws IOException {
		final OmeZarrWriter writer = OmeZarrWriter.create(path, DIMS, PixelKind.UINT16, OmeAxis.spatial(3), CHUNK,
			ChunkCodecs.named(codec), false);
		final short[] data = new short[CHUNK[0] * CHUNK[1] * CHUNK[2]];
		for (long z0 = 0; z0 < DIMS[2]; z0 += CHUNK[2])
			for (long y0 = 0; y0 < DIMS[1]; y0 += CHUNK[1])
				for (long x0 = 0; x0 < DIMS[0]; x0 += CHUNK[0]) {
					int i = 0;
					for (int z = 0; z < CHUNK[2]; z++)
						for (int y = 0; y < CHUNK[1]; y++)
							for (int x = 0; x < CHUNK[0]; x++)
								data[i++] = value(x0 + x, y0 + y, z0 + z);
					writer.array().write(new long[] { x0, y0, z0 }, CHUNK, data);
				}
		writer.complete(new ZarrProvenance("test.generate", Collections.<String, Object> emptyMap(), Collections
			.<String, Long> emptyMap(), "OutOfCoreRunTest"));
	}

	private static short value(final long x, final long y, final long z) {
		return (short) (x * 7 + y * 13 + z * 29 + (x * y >> 5) + ((x ^ z) & 63) * 97);
	}

	private Process child(final Path in, final Path out, final String codec) throws IOException {
		return CommandLineChild.start(HEAP, "run", "filter.gauss", "-i", in.toString(), "-o", out.toString(), "--block",
			String.valueOf(BLOCK), "--backend", "imglib2", "--compressor", codec, "sigma=2");
	}


	/**
	 * Blocks at a corner, an edge, the middle and the far corner: the whole-image op on the block with its halo
	 * (clipped at the border, where the op's border rule applies as on the whole volume), interior compared.
	 */
	private static void checkSampledBlocks(final Path in, final ZarrArray output) throws IOException {
		final ZarrArray input = OmeZarrImage.open(in).array();
		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			final Op gauss = dispatch.opDefinition("filter.gauss");
			final long[] halo = gauss.blockwise(gauss.resolve(Collections.singletonMap("sigma", "2")), new io.github.fijidispatch.op.ImageInfo(
				DIMS, PixelKind.UINT16)).halo();
			for (final long[] min : new long[][] { { 0, 0, 0 }, { 384, 0, 64 }, { 512, 512, 64 }, { 960, 960, 64 } }) {
				final long[] max = new long[3];
				final long[] boxMin = new long[3];
				final long[] boxMax = new long[3];
				for (int d = 0; d < 3; d++) {
					max[d] = Math.min(DIMS[d], min[d] + BLOCK) - 1;
					boxMin[d] = Math.max(0, min[d] - halo[d]);
					boxMax[d] = Math.min(DIMS[d] - 1, max[d] + halo[d]);
				}
				final RandomAccessibleInterval<UnsignedShortType> box = Views.zeroMin(input.<UnsignedShortType> read(new FinalInterval(boxMin,
					boxMax)));
				final RandomAccessibleInterval<?> blurred = (RandomAccessibleInterval<?>) dispatch.op("filter.gauss").input(box)
					.set("sigma", 2).on("imglib2").run();
				final long[] lo = new long[3];
				final long[] hi = new long[3];
				for (int d = 0; d < 3; d++) {
					lo[d] = min[d] - boxMin[d];
					hi[d] = max[d] - boxMin[d];
				}
				final RandomAccessibleInterval<?> expected = Views.zeroMin(Views.interval(blurred, lo, hi));
				final RandomAccessibleInterval<UnsignedShortType> actual = Views.zeroMin(output.<UnsignedShortType> read(new FinalInterval(min,
					max)));
				final ResultComparison verdict = ResultComparison.compare(gauss, Collections.singletonMap("sigma", 2),
					expected, actual, ConformanceImages.scale(gauss.inputNames(), Collections.singletonList(box)));
				assertTrue(verdict.agrees(), "block at " + Arrays.toString(min) + ": " + verdict);
			}
		}
	}
}
