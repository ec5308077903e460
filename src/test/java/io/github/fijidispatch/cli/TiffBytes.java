package io.github.fijidispatch.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny little-endian TIFF writer for tests: grey pages of one strip each,
 * with the sample format, compression tag, description and declared sizes
 * given explicitly, so that tests can write what ImageJ 1 would not (signed
 * and 32-bit integer samples, float64, headers that claim more than the file
 * holds, pages without metadata).
 */
final class TiffBytes {

	static final int UNSIGNED = 1, SIGNED = 2, FLOAT = 3;
	static final int NONE = 1, PACKBITS = 32773;

	private final int width;
	private final int height;
	private final int bits;
	private final int sampleFormat;
	private int compression = NONE;
	private String description;
	private long declaredStripBytes = -1;
	private final List<byte[]> pages = new ArrayList<>();

	TiffBytes(final int width, final int height, final int bits, final int sampleFormat) {
		this.width = width;
		this.height = height;
		this.bits = bits;
		this.sampleFormat = sampleFormat;
	}

	TiffBytes compression(final int c) {
		compression = c;
		return this;
	}

	TiffBytes description(final String text) {
		description = text;
		return this;
	}

	/** Declares this strip byte count on every page instead of the data's length. */
	TiffBytes declaredStripBytes(final long n) {
		declaredStripBytes = n;
		return this;
	}

	TiffBytes page(final byte[] data) {
		pages.add(data);
		return this;
	}

	TiffBytes page(final short... values) {
		final ByteBuffer b = buffer(values.length * 2);
		for (final short v : values)
			b.putShort(v);
		return page(b.array());
	}

	TiffBytes page(final int... values) {
		final ByteBuffer b = buffer(values.length * 4);
		for (final int v : values)
			b.putInt(v);
		return page(b.array());
	}

	TiffBytes page(final double... values) {
		final ByteBuffer b = buffer(values.length * 8);
		for (final double v : values)
			b.putDouble(v);
		return page(b.array());
	}

	byte[] bytes() {
		final byte[] text = description == null ? new byte[0] : (description + "\0").getBytes(StandardCharsets.US_ASCII);
		long at = 8 + text.length;
		final long[] offsets = new long[pages.size()];
		for (int i = 0; i < offsets.length; i++) {
			offsets[i] = at;
			at += pages.get(i).length;
		}
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final ByteBuffer header = buffer(8);
		header.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt((int) at);
		out.write(header.array(), 0, 8);
		out.write(text, 0, text.length);
		for (final byte[] p : pages)
			out.write(p, 0, p.length);
		for (int i = 0; i < pages.size(); i++) {
			final boolean described = i == 0 && description != null;
			final int entries = described ? 11 : 10;
			final long next = i + 1 < pages.size() ? at + 2 + 12L * entries + 4 : 0;
			final ByteBuffer ifd = buffer(2 + 12 * entries + 4);
			ifd.putShort((short) entries);
			entry(ifd, 256, 4, 1, width);
			entry(ifd, 257, 4, 1, height);
			entry(ifd, 258, 3, 1, bits);
			entry(ifd, 259, 3, 1, compression);
			entry(ifd, 262, 3, 1, 1);
			if (described) entry(ifd, 270, 2, text.length, 8);
			entry(ifd, 273, 4, 1, offsets[i]);
			entry(ifd, 277, 3, 1, 1);
			entry(ifd, 278, 4, 1, height);
			entry(ifd, 279, 4, 1, declaredStripBytes >= 0 ? declaredStripBytes : pages.get(i).length);
			entry(ifd, 339, 3, 1, sampleFormat);
			ifd.putInt((int) next);
			out.write(ifd.array(), 0, ifd.capacity());
			at = next;
		}
		return out.toByteArray();
	}

	private static void entry(final ByteBuffer ifd, final int tag, final int type, final int count, final long value) {
		ifd.putShort((short) tag).putShort((short) type).putInt(count);
		if (type == 3) ifd.putShort((short) value).putShort((short) 0);
		else ifd.putInt((int) value);
	}

	private static ByteBuffer buffer(final int n) {
		return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
	}
}
