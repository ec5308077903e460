package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.bc.zarr.Compressor;

/** numcodecs' {@code gzip} (a gzip member per chunk) as a jzarr {@link Compressor}, on the JDK's streams. */
final class GzipCompressor extends Compressor {

	private final int level;

	GzipCompressor(final int level) {
		if (level < 0 || level > 9) throw new IllegalArgumentException("gzip level " + level + " is not in 0..9");
		this.level = level;
	}

	@Override
	public String getId() {
		return "gzip";
	}

	@Override
	public String toString() {
		return "compressor=gzip/level=" + level;
	}

	@Override
	public void compress(final InputStream is, final OutputStream os) throws IOException {
		try (GZIPOutputStream gz = new GZIPOutputStream(os) {

			{
				def.setLevel(level);
			}
		})
		{
			copy(is, gz);
		}
	}

	@Override
	public void uncompress(final InputStream is, final OutputStream os) throws IOException {
		try (GZIPInputStream gz = new GZIPInputStream(is)) {
			copy(gz, os);
		}
	}

	private static void copy(final InputStream in, final OutputStream out) throws IOException {
		final byte[] buffer = new byte[1 << 14];
		for (int n; (n = in.read(buffer)) >= 0;)
			out.write(buffer, 0, n);
	}
}
