package io.github.fijidispatch.zarr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipException;

import com.bc.zarr.Compressor;
import com.bc.zarr.CompressorFactory;

/**
 * The stream compressors: none ({@code "raw"}, {@code compressor: null}) and
 * {@code zlib} through jzarr's {@link Compressor}s, {@code gzip} through the
 * JDK (jzarr 0.4.2 has none). A decompressed stream is bounded by the chunk's
 * size, and a short, long or corrupt one is refused naming the file.
 */
final class StreamCodec implements ChunkCodec {

	/** jzarr's compressor, or the JDK's gzip as one. */
	private final Compressor compressor;
	private final String id;
	private final Map<String, Object> json;

	private StreamCodec(final String id, final Compressor compressor, final Map<String, Object> json) {
		this.id = id;
		this.compressor = compressor;
		this.json = json;
	}

	static StreamCodec raw() {
		return new StreamCodec("raw", CompressorFactory.nullCompressor, null);
	}

	static StreamCodec zlib(final int level) {
		return new StreamCodec("zlib", CompressorFactory.create("zlib", "level", level), levelJson("zlib", level));
	}

	static StreamCodec gzip(final int level) {
		return new StreamCodec("gzip", new GzipCompressor(level), levelJson("gzip", level));
	}

	private static Map<String, Object> levelJson(final String id, final int level) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", id);
		m.put("level", level);
		return m;
	}

	// -- ChunkCodec methods --

	@Override
	public String id() {
		return id;
	}

	@Override
	public Map<String, Object> json() {
		return json;
	}

	@Override
	public byte[] encode(final byte[] raw, final int typeSize) throws IOException {
		final ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
		compressor.compress(new ByteArrayInputStream(raw), out);
		return out.toByteArray();
	}

	@Override
	public byte[] decode(final byte[] stored, final int expectedBytes, final Path file) throws ZarrFormatException {
		final BoundedBuffer out = new BoundedBuffer(expectedBytes);
		try {
			compressor.uncompress(new ByteArrayInputStream(stored), out);
		}
		catch (final BoundedBuffer.Overflow e) {
			throw new ZarrFormatException(file, "the " + id + " chunk holds more than " + expectedBytes +
				" bytes (the chunk does not match the array's shape)", e);
		}
		catch (final EOFException e) {
			throw new ZarrFormatException(file, "truncated " + id + " chunk: the compressed stream ends early", e);
		}
		catch (final ZipException e) {
			throw new ZarrFormatException(file, "corrupt " + id + " stream (" + e.getMessage() + ")", e);
		}
		catch (final IOException e) {
			throw new ZarrFormatException(file, "cannot decompress the " + id + " chunk (" + e.getMessage() + ")", e);
		}
		final byte[] bytes = out.bytes();
		if (bytes.length != expectedBytes) {
			final String problem = "raw".equals(id) ? "the chunk file has " + bytes.length + " bytes, but the array's " +
				"chunk shape and dtype need " + expectedBytes + " (truncated, or it does not match the array's shape)" :
				ChunkCodec.sizeMismatch(bytes.length, expectedBytes);
			throw new ZarrFormatException(file, problem);
		}
		return bytes;
	}

	@Override
	public String toString() {
		return json == null ? "raw" : json.toString();
	}
}
