package io.github.fijidispatch.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.fijidispatch.op.PixelKind;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OME-Zarr written by the suite, read by an independent reader: zarr-python 2.x with numcodecs (Debian's
 * {@code python3-zarr}, {@code python3-numcodecs}; {@code scripts/lib/setup.sh} installs them for the tests), through
 * {@code src/test/resources/zarr/read_with_zarr_python.py}. Every pixel must come back bit for bit, for every
 * compressor and the suite's pixel kinds; skipped, saying why, where zarr-python is missing.
 */
class PythonZarrInteropTest {

	/** The first python that imports zarr and numcodecs (Debian's, when a pyenv python comes first on the path). */
	private static String python;

	@TempDir
	Path dir;

	@BeforeAll
	static void findZarrPython() throws InterruptedException {
		for (final String candidate : new String[] { "python3", "/usr/bin/python3" }) {
			try {
				final Process p = new ProcessBuilder(candidate, "-c", "import zarr, numcodecs").redirectErrorStream(true)
					.start();
				p.getInputStream().close();
				if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
					python = candidate;
					return;
				}
			}
			catch (final IOException e) {
				// NB: this candidate is not installed; try the next
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "raw", "zlib", "gzip", "blosc:lz4", "blosc:zstd" })
	void zarrPythonReadsWhatTheSuiteWrites(final String codec) throws Exception {
		ZarrAssumptions.require(python != null, "zarr-python is missing: apt-get install python3-zarr python3-numcodecs");
		ZarrAssumptions.requireCodec(codec);
		final PixelKind[] kinds = { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32, PixelKind.INT16,
			PixelKind.FLOAT64 };
		final List<String> arguments = new ArrayList<>();
		final List<byte[]> expected = new ArrayList<>();
		for (final PixelKind kind : kinds) {
			final Path image = dir.resolve(kind.id() + "-" + codec.replace(':', '-') + ".ome.zarr");
			expected.add(write(kind, codec, image));
			arguments.add(image.toString());
			arguments.add(image + ".bin");
		}
		final List<JsonNode> summaries = runPython(arguments);
		assertEquals(kinds.length, summaries.size(), summaries.toString());
		for (int i = 0; i < kinds.length; i++) {
			final JsonNode summary = summaries.get(i);
			assertEquals("[5,11,19]", summary.get("shape").toString(), summary.toString());
			assertEquals("[2,4,8]", summary.get("chunks").toString());
			assertEquals("[\"z\",\"y\",\"x\"]", summary.get("axes").toString());
			assertEquals("[2.0,0.5,0.5]", summary.get("scale").toString());
			assertEquals(ZarrDtype.of(kinds[i]).code(), summary.get("dtype").asText());
			assertTrue(summary.get("complete").asBoolean(), summary.toString());
			assertArrayEquals(expected.get(i), Files.readAllBytes(java.nio.file.Paths.get(arguments.get(2 * i + 1))),
				kinds[i].id() + " " + codec + ": zarr-python read other pixels");
		}
	}

	/** Writes a random image; returns its pixels as little-endian bytes. */
	private static <T extends NativeType<T> & RealType<T>> byte[] write(final PixelKind kind, final String codec,
		final Path out) throws IOException
	{
		final ArrayImg<T, ?> image = ZarrRoundTripTest.random(kind, 7 + kind.ordinal(), 19, 11, 5);
		final List<OmeAxis> axes = Arrays.asList(new OmeAxis("x", "space", "micrometer", 0.5), new OmeAxis("y", "space",
			"micrometer", 0.5), new OmeAxis("z", "space", "micrometer", 2));
		final OmeZarrWriter writer = OmeZarrWriter.create(out, image.dimensionsAsLongArray(), kind, axes, new int[] { 8,
			4, 2 }, ChunkCodecs.named(codec), false);
		writer.array().write(image);
		writer.complete(new ZarrProvenance("convert", Collections.emptyMap(), Collections.emptyMap(), "test"));
		final Object storage = ((ArrayDataAccess<?>) image.update(null)).getCurrentStorageArray();
		return ChunkElements.toBytes(storage, ZarrDtype.of(kind)).clone();
	}

	private static List<JsonNode> runPython(final List<String> arguments) throws Exception {
		final Path script = ZarrFixturesTest.fixture("../read_with_zarr_python.py");
		final List<String> command = new ArrayList<>(Arrays.asList(python, script.toString()));
		command.addAll(arguments);
		final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		final byte[] output = readAll(p);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "zarr-python did not finish");
		final String text = new String(output, StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), "zarr-python failed on " + arguments + ":\n" + text);
		final List<JsonNode> summaries = new ArrayList<>();
		for (final String line : text.trim().split("\n"))
			if (line.startsWith("{")) summaries.add(new ObjectMapper().readTree(line));
		return summaries;
	}

	private static byte[] readAll(final Process p) throws IOException {
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		final byte[] buffer = new byte[8192];
		for (int n; (n = p.getInputStream().read(buffer)) >= 0;)
			out.write(buffer, 0, n);
		return out.toByteArray();
	}
}
