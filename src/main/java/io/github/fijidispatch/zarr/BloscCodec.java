package io.github.fijidispatch.zarr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.blosc.JBlosc;

/**
 * numcodecs' {@code blosc} compressor ({@code cname} lz4, lz4hc, zstd, zlib or
 * blosclz; {@code shuffle} 0 none, 1 byte, 2 bit), through jzarr's binding
 * jblosc to the native {@code libblosc} ({@link BloscLibrary}). It calls
 * jblosc itself rather than jzarr's {@code BloscCompressor}, which ignores
 * blosc's error codes (a corrupt chunk would read as zeros) and compresses
 * with an element size of 1 (which makes byte shuffle a no-op).
 * <p>
 * A chunk's 16-byte blosc header is checked in Java before the native code
 * sees it: its stored size must be the file's size (else the chunk is
 * truncated) and its raw size the chunk's (else it does not match the array).
 * Each call runs on the caller's thread ({@code nthreads} 1): blocks are
 * parallel already.
 */
final class BloscCodec implements ChunkCodec {

	/** The compressors numcodecs' blosc names. */
	static final String[] CNAMES = { "lz4", "lz4hc", "zstd", "zlib", "blosclz" };

	private static final int HEADER = 16;

	private final String cname;
	private final int clevel;
	private final int shuffle;
	private final int blocksize;

	BloscCodec(final String cname, final int clevel, final int shuffle, final int blocksize) {
		if (!Arrays.asList(CNAMES).contains(cname)) throw new IllegalArgumentException("blosc cname '" + cname +
			"' is not one of " + Arrays.toString(CNAMES));
		if (clevel < 0 || clevel > 9) throw new IllegalArgumentException("blosc clevel " + clevel + " is not in 0..9");
		if (shuffle < 0 || shuffle > 2) throw new IllegalArgumentException("blosc shuffle " + shuffle +
			" is not 0 (none), 1 (byte) or 2 (bit)");
		if (blocksize < 0) throw new IllegalArgumentException("blosc blocksize " + blocksize + " is negative");
		this.cname = cname;
		this.clevel = clevel;
		this.shuffle = shuffle;
		this.blocksize = blocksize;
	}

	// -- ChunkCodec methods --

	@Override
	public String id() {
		return "blosc";
	}

	@Override
	public Map<String, Object> json() {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", "blosc");
		m.put("cname", cname);
		m.put("clevel", clevel);
		m.put("shuffle", shuffle);
		m.put("blocksize", blocksize);
		return m;
	}

	@Override
	public byte[] encode(final byte[] raw, final int typeSize) {
		BloscLibrary.require();
		final ByteBuffer out = ByteBuffer.allocate(raw.length + JBlosc.OVERHEAD);
		final int n = JBlosc.compressCtx(clevel, shuffle, typeSize, ByteBuffer.wrap(raw), raw.length, out, out.capacity(),
			cname, blocksize, 1);
		if (n <= 0) throw new IllegalStateException("blosc (" + cname + ") could not compress a chunk of " + raw.length +
			" bytes (code " + n + ")");
		return Arrays.copyOf(out.array(), n);
	}

	@Override
	public byte[] decode(final byte[] stored, final int expectedBytes, final Path file) throws ZarrFormatException {
		if (stored.length < HEADER) throw new ZarrFormatException(file, "truncated blosc chunk: " + stored.length +
			" bytes, shorter than blosc's 16-byte header");
		final ByteBuffer header = ByteBuffer.wrap(stored, 0, HEADER).order(ByteOrder.LITTLE_ENDIAN);
		final long nbytes = header.getInt(4) & 0xffffffffL;
		final long cbytes = header.getInt(12) & 0xffffffffL;
		if (cbytes > stored.length) throw new ZarrFormatException(file, "truncated blosc chunk: its header says " + cbytes +
			" bytes, the file has " + stored.length);
		if (cbytes != stored.length || cbytes < HEADER) throw new ZarrFormatException(file, "corrupt blosc chunk: its " +
			"header says " + cbytes + " bytes, the file has " + stored.length);
		if (nbytes != expectedBytes) throw new ZarrFormatException(file, ChunkCodec.sizeMismatch(nbytes, expectedBytes));
		BloscLibrary.require();
		final ByteBuffer out = ByteBuffer.allocate(expectedBytes);
		final int n = JBlosc.decompressCtx(ByteBuffer.wrap(stored), out, expectedBytes, 1);
		if (n != expectedBytes) throw new ZarrFormatException(file, "corrupt blosc stream (blosc returned " + n +
			" for a chunk of " + expectedBytes + " bytes)");
		return out.array();
	}

	@Override
	public String toString() {
		return json().toString();
	}
}
