package io.github.fijidispatch.ij;

import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * The two facts about a PNG file that can be told without decoding it: whether a file starts with the PNG signature,
 * and whether it still holds its end chunk ({@code IEND}, which every PNG ends with). A PNG cut short by a failed copy
 * or download lacks the end chunk; ImageJ 1 then fails to decode it and prints the decoder's exception on standard
 * output, so the suite checks first and says what is wrong.
 */
final class PngCheck {

	/** The eight bytes every PNG file starts with. */
	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/** The end chunk in full: its length (0), its type and its CRC. */
	private static final byte[] END_CHUNK = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82 };

	/**
	 * Bytes at the end of a file searched for the end chunk: some writers append a few bytes after it, which decoders
	 * ignore.
	 */
	private static final int TAIL = 1024;

	private PngCheck() {
		// NB: static holder
	}

	/** Whether {@code start} (a file's first bytes) begins with the PNG signature. */
	static boolean isPng(final byte[] start) {
		if (start.length < SIGNATURE.length) return false;
		for (int i = 0; i < SIGNATURE.length; i++)
			if (start[i] != SIGNATURE[i]) return false;
		return true;
	}

	/**
	 * Refuses a PNG that does not hold its end chunk in its last {@value #TAIL} bytes.
	 *
	 * @param path the file as the user named it, for the message
	 * @throws IllegalArgumentException naming the file and the problem
	 */
	static void requireComplete(final File file, final String path) {
		final long length = file.length();
		final int tail = (int) Math.min(TAIL, length);
		final byte[] end = new byte[tail];
		try (DataInputStream in = new DataInputStream(new FileInputStream(file))) {
			long skipped = 0;
			while (skipped < length - tail) {
				final long n = in.skip(length - tail - skipped);
				if (n <= 0) throw new IOException("the file ends before byte " + (length - tail));
				skipped += n;
			}
			in.readFully(end);
		}
		catch (final IOException e) {
			throw new IllegalArgumentException("input file '" + path + "' cannot be read: " + e.getMessage());
		}
		if (!contains(end, END_CHUNK)) throw new IllegalArgumentException("'" + path + "' is a truncated PNG: its " +
			length + " bytes end before the image's end chunk (IEND); copy or export the file again");
	}

	private static boolean contains(final byte[] bytes, final byte[] part) {
		for (int at = bytes.length - part.length; at >= 0; at--) {
			int i = 0;
			while (i < part.length && bytes[at + i] == part[i])
				i++;
			if (i == part.length) return true;
		}
		return false;
	}
}
