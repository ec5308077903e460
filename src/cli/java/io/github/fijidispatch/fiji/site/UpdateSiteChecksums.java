package io.github.fijidispatch.fiji.site;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Fiji updater checksums: lowercase hex SHA-1. For a jar, over its entries
 * sorted by name, each contributing its name bytes then its content, where
 * {@code #} lines of {@code .properties} files are skipped and the manifest's
 * content is ignored (so rebuilding does not change the checksum). For any
 * other file, over its site path followed by its bytes.
 */
public final class UpdateSiteChecksums {

	private UpdateSiteChecksums() {
		// NB: functions only
	}

	public static String ofJar(final File jar) throws IOException {
		final MessageDigest sha1 = sha1();
		try (JarFile file = new JarFile(jar)) {
			final List<JarEntry> entries = new ArrayList<>(Collections.list(file.entries()));
			entries.sort(Comparator.comparing(JarEntry::getName));
			for (final JarEntry e : entries) {
				sha1.update(e.getName().getBytes(StandardCharsets.UTF_8));
				if (e.getName().equals("META-INF/MANIFEST.MF")) continue;
				try (InputStream in = file.getInputStream(e)) {
					final byte[] content = readAll(in);
					sha1.update(e.getName().endsWith(".properties") ? withoutHashLines(content) : content);
				}
			}
		}
		return hex(sha1.digest());
	}

	public static String ofFile(final String sitePath, final File file) throws IOException {
		final MessageDigest sha1 = sha1();
		sha1.update(sitePath.getBytes(StandardCharsets.UTF_8));
		sha1.update(Files.readAllBytes(file.toPath()));
		return hex(sha1.digest());
	}

	/** Drops every line that starts with {@code #}, its line end included. */
	static byte[] withoutHashLines(final byte[] content) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
		int start = 0;
		while (start < content.length) {
			int end = start;
			while (end < content.length && content[end] != '\n')
				end++;
			final int next = Math.min(end + 1, content.length);
			if (content[start] != '#') out.write(content, start, next - start);
			start = next;
		}
		return out.toByteArray();
	}

	private static byte[] readAll(final InputStream in) throws IOException {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final byte[] buffer = new byte[65536];
		for (int n; (n = in.read(buffer)) > 0;)
			out.write(buffer, 0, n);
		return out.toByteArray();
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java has no SHA-1", e);
		}
	}

	private static String hex(final byte[] digest) {
		final StringBuilder sb = new StringBuilder();
		for (final byte b : digest)
			sb.append(String.format("%02x", b & 0xff));
		return sb.toString();
	}
}
