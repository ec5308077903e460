package io.github.fijidispatch.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * A child process for {@link AtomicFileTest}: writes the first half of a file
 * through {@link AtomicFile}, flushed to the disk, then creates a marker file
 * and waits to be killed in the middle of the write.
 */
public final class HalfWrittenFile {

	private HalfWrittenFile() {
		// NB: entry point only
	}

	/** {@code TARGET MARKER BYTES} */
	public static void main(final String[] args) throws Exception {
		final Path target = Paths.get(args[0]);
		final Path marker = Paths.get(args[1]);
		final int bytes = Integer.parseInt(args[2]);
		AtomicFile.write(target, out -> {
			final byte[] block = new byte[bytes / 2];
			Arrays.fill(block, (byte) 'n');
			out.write(block);
			out.flush();
			Files.createFile(marker);
			try {
				while (true)
					Thread.sleep(1000);
			}
			catch (final InterruptedException e) {
				throw new java.io.InterruptedIOException("interrupted while waiting to be killed");
			}
		});
	}
}
