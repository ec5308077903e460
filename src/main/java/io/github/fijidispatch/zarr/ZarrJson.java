package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.fijidispatch.files.AtomicFile;

/** Reads and writes the JSON files of a Zarr hierarchy ({@code .zarray}, {@code .zattrs}, {@code .zgroup}). */
final class ZarrJson {

	/** NB: an ObjectMapper is thread-safe once configured. */
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ZarrJson() {
		// NB: static holder
	}

	/**
	 * @return the parsed file, or {@code null} when it does not exist
	 * @throws ZarrFormatException naming the file when it is not JSON
	 */
	static JsonNode readIfExists(final Path file) throws IOException {
		final byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (final NoSuchFileException e) {
			return null;
		}
		try {
			return MAPPER.readTree(bytes);
		}
		catch (final JsonProcessingException e) {
			throw new ZarrFormatException(file, "not valid JSON (" + e.getOriginalMessage() + ")", e);
		}
	}

	/** Writes a value (maps, lists, numbers, strings, JsonNodes) as JSON, atomically. */
	static void write(final Path file, final Object value) throws IOException {
		final byte[] bytes = MAPPER.writeValueAsBytes(value);
		AtomicFile.write(file, out -> out.write(bytes));
	}

	static ObjectMapper mapper() {
		return MAPPER;
	}
}
