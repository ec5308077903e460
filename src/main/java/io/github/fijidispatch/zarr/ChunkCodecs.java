package io.github.fijidispatch.zarr;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The compressors the suite reads and writes: none, {@code zlib},
 * {@code gzip} and {@code blosc} (with any of {@link BloscCodec#CNAMES};
 * lz4 and zstd are what real files use). Built from a {@code .zarray}'s
 * {@code compressor} entry, or from a short name for writing.
 */
public final class ChunkCodecs {

	/** The names {@link #named} accepts, for messages. */
	public static final String NAMES = "raw, zlib[:LEVEL], gzip[:LEVEL], blosc[:CNAME[:CLEVEL]] with CNAME one of " +
		String.join(", ", BloscCodec.CNAMES) + " (blosc means blosc:lz4:5, byte shuffle)";

	private ChunkCodecs() {
		// NB: static holder
	}

	/** No compression ({@code compressor: null}). */
	public static ChunkCodec raw() {
		return StreamCodec.raw();
	}

	/**
	 * A codec by name: {@code raw}, {@code zlib:6}, {@code gzip}, {@code blosc:zstd:5}, ...
	 *
	 * @throws IllegalArgumentException naming the value and what is accepted
	 */
	public static ChunkCodec named(final String name) {
		// NB: -1 keeps empty parts: "zlib:" is refused, not read as zlib
		final String[] parts = name.trim().toLowerCase().split(":", -1);
		try {
			switch (parts[0]) {
				case "raw": case "none": if (parts.length == 1) return raw(); break;
				case "zlib": if (parts.length <= 2) return StreamCodec.zlib(level(parts, 1, 1)); break;
				case "gzip": if (parts.length <= 2) return StreamCodec.gzip(level(parts, 1, 1)); break;
				case "blosc": if (parts.length <= 3) return new BloscCodec(parts.length > 1 ? parts[1] : "lz4",
					level(parts, 2, 5), 1, 0); break;
				default: break;
			}
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException("compressor '" + name + "': " + e.getMessage() + "; accepted: " + NAMES, e);
		}
		throw new IllegalArgumentException("compressor '" + name + "' is not known; accepted: " + NAMES);
	}

	private static int level(final String[] parts, final int index, final int fallback) {
		if (parts.length <= index) return fallback;
		try {
			return Integer.parseInt(parts[index]);
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException("level '" + parts[index] + "' is not a whole number");
		}
	}

	/**
	 * The codec of a {@code .zarray}'s {@code compressor} entry.
	 *
	 * @throws ZarrFormatException naming the file for an unknown compressor or bad settings
	 */
	public static ChunkCodec of(final JsonNode compressor, final Path file) throws ZarrFormatException {
		if (compressor == null || compressor.isNull() || compressor.isMissingNode()) return raw();
		if (!compressor.isObject() || !compressor.path("id").isTextual()) throw new ZarrFormatException(file,
			"'compressor' must be null or an object with an 'id', not " + compressor);
		final String id = compressor.get("id").asText();
		try {
			switch (id) {
				case "zlib": known(compressor, file, "level"); return StreamCodec.zlib(compressor.path("level").asInt(1));
				case "gzip": known(compressor, file, "level"); return StreamCodec.gzip(compressor.path("level").asInt(1));
				case "blosc":
					known(compressor, file, "cname", "clevel", "shuffle", "blocksize");
					return new BloscCodec(compressor.path("cname").asText("lz4"), compressor.path("clevel").asInt(5),
						compressor.path("shuffle").asInt(1), compressor.path("blocksize").asInt(0));
				default:
					throw new ZarrFormatException(file, "unsupported compressor '" + id + "'; supported: null (raw), zlib, " +
						"gzip, blosc (" + String.join(", ", BloscCodec.CNAMES) + ")");
			}
		}
		catch (final IllegalArgumentException e) {
			throw new ZarrFormatException(file, "unsupported compressor settings " + compressor + ": " + e.getMessage(), e);
		}
	}

	/** NB: an unknown setting could change what the bytes mean (e.g. blosc's typesize); refused, not ignored. */
	private static void known(final JsonNode compressor, final Path file, final String... keys)
		throws ZarrFormatException
	{
		for (final Iterator<String> it = compressor.fieldNames(); it.hasNext();) {
			final String key = it.next();
			if (!"id".equals(key) && !Arrays.asList(keys).contains(key)) throw new ZarrFormatException(file,
				"compressor " + compressor.get("id").asText() + " has the setting '" + key + "', which the suite does " +
					"not know; known: " + Arrays.toString(keys));
		}
	}
}
