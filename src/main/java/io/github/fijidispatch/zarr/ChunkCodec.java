package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Zarr v2 compressor: turns a chunk's raw bytes into what its file holds and
 * back. Implementations are stateless and safe to share between threads.
 */
public interface ChunkCodec {

	/** The {@code id} in {@code .zarray}'s {@code compressor}, or {@code "raw"} for none. */
	String id();

	/** The {@code compressor} entry of {@code .zarray}, or {@code null} for none. */
	Map<String, Object> json();

	/** Compresses one chunk of {@code typeSize}-byte elements. */
	byte[] encode(byte[] raw, int typeSize) throws IOException;

	/**
	 * Decompresses one chunk that must hold exactly {@code expectedBytes} bytes.
	 *
	 * @param file the chunk's file, for messages
	 * @throws ZarrFormatException naming the file for a truncated or corrupt stream, or a chunk of another size
	 */
	byte[] decode(byte[] stored, int expectedBytes, Path file) throws ZarrFormatException;

	/** The message for a decoded chunk of the wrong size. */
	static String sizeMismatch(final long actual, final int expected) {
		return "the chunk decompresses to " + actual + " bytes, but the array's chunk shape and dtype need " + expected +
			" (the chunk does not match the array's shape)";
	}
}
