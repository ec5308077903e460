package io.github.fijidispatch.zarr;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken files get an error that names the file and the problem, never a wrong image or a crash: a missing
 * {@code .zarray}, chunks that do not match the shape, a truncated chunk and a corrupt stream for every compressor, an
 * unknown compressor, Zarr v3.
 */
class ZarrBadInputTest {

	@TempDir
	Path dir;

	/** A copy of a zarr-python fixture, to break. */
	private Path copy(final String fixture) throws IOException {
		final Path source = ZarrFixturesTest.fixture(fixture);
		final Path target = dir.resolve(fixture);
		try (Stream<Path> files = Files.walk(source)) {
			for (final Path p : (Iterable<Path>) files::iterator)
				Files.copy(p, target.resolve(source.relativize(p).toString()));
		}
		return target;
	}

	private static ZarrFormatException readFails(final Path image) {
		return assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(image).array().readAll(1 << 20));
	}

	private static void assertNames(final ZarrFormatException e, final Path file, final String... words) {
		assertTrue(e.getMessage().startsWith(file.toString() + ":"), "names " + file + ": " + e.getMessage());
		for (final String w : words)
			assertTrue(e.getMessage().contains(w), "says '" + w + "': " + e.getMessage());
		assertTrue(e.file().equals(file), e.file() + " vs " + file);
	}

	@Test
	void aMissingZarrayIsNamed() throws IOException {
		final Path image = copy("u16-3d-raw.ome.zarr");
		Files.delete(image.resolve("0/.zarray"));
		assertNames(readFails(image), image.resolve("0"), "no .zarray");
		final Path empty = Files.createDirectories(dir.resolve("empty.zarr"));
		assertNames(readFails(empty), empty, "no .zarray and no .zattrs");
		assertNames(readFails(dir.resolve("absent.zarr")), dir.resolve("absent.zarr"), "does not exist");
	}

	@Test
	void chunksThatDoNotMatchTheShapeAreNamed() throws IOException {
		final Path image = copy("u16-3d-raw.ome.zarr");
		final Path zarray = image.resolve("0/.zarray");
		final String json = new String(Files.readAllBytes(zarray), StandardCharsets.UTF_8);
		Files.write(zarray, json.replaceFirst("\"chunks\": \\[\\s*2,", "\"chunks\": [").getBytes(StandardCharsets.UTF_8));
		assertNames(readFails(image), zarray, "do not match the shape");
		// the header says chunks of 4 planes, the files hold 2
		Files.write(zarray, json.replaceFirst("\"chunks\": \\[\\s*2,", "\"chunks\": [4,").getBytes(StandardCharsets.UTF_8));
		assertNames(readFails(image), image.resolve("0/0.0.0"), "does not match the array's shape");
	}

	@Test
	void aShapeWithMorePixelsThanCanBeCountedIsNamed() throws IOException {
		final Path image = copy("u16-3d-raw.ome.zarr");
		final Path zarray = image.resolve("0/.zarray");
		final String json = new String(Files.readAllBytes(zarray), StandardCharsets.UTF_8);
		// NB: 2^21 · 2^21 · 2^21 = 2^63 elements, one more than a long counts: a wrapped product would be negative
		Files.write(zarray, json.replaceFirst("\"shape\": \\[[^\\]]*\\]", "\"shape\": [2097152, 2097152, 2097152]")
			.getBytes(StandardCharsets.UTF_8));
		assertNames(readFails(image), zarray, "more elements than can be counted");
	}

	@ParameterizedTest
	@ValueSource(strings = { "raw", "zlib", "gzip", "blosc-lz4", "blosc-zstd" })
	void aTruncatedChunkIsNamed(final String compressor) throws IOException {
		ZarrAssumptions.requireCodec(compressor);
		final Path image = copy("u16-3d-" + compressor + ".ome.zarr");
		final Path chunk = image.resolve("0/1.0.1");
		final byte[] bytes = Files.readAllBytes(chunk);
		Files.write(chunk, Arrays.copyOf(bytes, bytes.length * 2 / 3));
		assertNames(readFails(image), chunk, "truncated");
	}

	@ParameterizedTest
	@ValueSource(strings = { "zlib", "gzip", "blosc-lz4", "blosc-zstd" })
	void aCorruptStreamIsNamed(final String compressor) throws IOException {
		ZarrAssumptions.requireCodec(compressor);
		final Path image = copy("u16-3d-" + compressor + ".ome.zarr");
		final Path chunk = image.resolve("0/1.0.1");
		final byte[] bytes = Files.readAllBytes(chunk);
		if (compressor.startsWith("blosc")) {
			// NB: blosc 1 streams carry no checksum, so a flipped payload byte can go unnoticed (in every Zarr reader);
			// what blosc checks is its structure: here the first block's start offset, just after the 16-byte header.
			for (int i = 16; i < 20; i++)
				bytes[i] = (byte) 0xff;
		}
		else {
			// zlib and gzip streams end with a checksum
			for (int i = bytes.length / 3; i < bytes.length * 2 / 3; i++)
				bytes[i] ^= 0x5a;
		}
		Files.write(chunk, bytes);
		assertNames(readFails(image), chunk, "corrupt");
	}

	@Test
	void anUnknownCompressorAndZarrV3AreNamed() throws IOException {
		final Path image = copy("u16-3d-zlib.ome.zarr");
		final Path zarray = image.resolve("0/.zarray");
		final String json = new String(Files.readAllBytes(zarray), StandardCharsets.UTF_8);
		Files.write(zarray, json.replace("\"zlib\"", "\"lzma\"").getBytes(StandardCharsets.UTF_8));
		assertNames(readFails(image), zarray, "unsupported compressor 'lzma'", "blosc");
		final Path v3 = Files.createDirectories(dir.resolve("v3.zarr/0"));
		Files.write(v3.resolve("zarr.json"), "{\"zarr_format\": 3}".getBytes(StandardCharsets.UTF_8));
		assertNames(assertThrows(ZarrFormatException.class, () -> ZarrArray.open(v3)), v3, "Zarr v3");
		Files.write(zarray, "{\"zarr_format\": 2, \"shape\": [".getBytes(StandardCharsets.UTF_8));
		assertNames(readFails(image), zarray, "not valid JSON");
	}
}
