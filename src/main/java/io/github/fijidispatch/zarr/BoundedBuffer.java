package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The output of a decompressor, refused as soon as it grows past what the
 * chunk may hold: a corrupt or hostile stream cannot fill the memory.
 */
final class BoundedBuffer extends OutputStream {

	/** Thrown on the first byte past the limit. */
	static final class Overflow extends IOException {

		private static final long serialVersionUID = 1L;

		Overflow(final int limit) {
			super("the stream holds more than the " + limit + " bytes of a chunk");
		}
	}

	private final byte[] bytes;
	private int count;

	BoundedBuffer(final int limit) {
		bytes = new byte[limit];
	}

	@Override
	public void write(final int b) throws IOException {
		if (count == bytes.length) throw new Overflow(bytes.length);
		bytes[count++] = (byte) b;
	}

	@Override
	public void write(final byte[] b, final int off, final int len) throws IOException {
		if (len > bytes.length - count) throw new Overflow(bytes.length);
		System.arraycopy(b, off, bytes, count, len);
		count += len;
	}

	/** The bytes written so far (the buffer itself when it is full). */
	byte[] bytes() {
		return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
	}
}
