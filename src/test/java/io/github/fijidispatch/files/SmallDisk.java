package io.github.fijidispatch.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A tiny tmpfs mounted on a folder (a full disk on demand); tests using it
 * are skipped, saying why, where this user may not mount (mounting needs
 * root; CI runs as root). Unmounted on {@link #close}.
 */
public final class SmallDisk implements AutoCloseable {

	private final Path folder;

	private SmallDisk(final Path folder) {
		this.folder = folder;
	}

	/** Mounts a tmpfs of {@code kib} KiB on {@code folder} (created), or skips the test. */
	public static SmallDisk mount(final Path folder, final int kib) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		final String[] result = command("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", folder.toString());
		Assumptions.assumeTrue(result[0].equals("0"), "cannot mount a " + kib + " KiB tmpfs here (needs root): " + result[1]);
		return new SmallDisk(folder);
	}

	public Path folder() {
		return folder;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		final String[] result = command("umount", folder.toString());
		if (!result[0].equals("0")) throw new IOException("umount " + folder + " failed: " + result[1]);
	}

	private static String[] command(final String... words) throws IOException, InterruptedException {
		final Process p;
		try {
			p = new ProcessBuilder(words).redirectErrorStream(true).start();
		}
		catch (final IOException e) {
			return new String[] { "-1", String.valueOf(e.getMessage()) };
		}
		final byte[] output = readAll(p);
		if (!p.waitFor(30, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			return new String[] { "-1", words[0] + " did not finish" };
		}
		return new String[] { String.valueOf(p.exitValue()), new String(output, StandardCharsets.UTF_8).trim() };
	}

	private static byte[] readAll(final Process p) throws IOException {
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		final byte[] b = new byte[4096];
		for (int n; (n = p.getInputStream().read(b)) >= 0;)
			out.write(b, 0, n);
		return out.toByteArray();
	}
}
