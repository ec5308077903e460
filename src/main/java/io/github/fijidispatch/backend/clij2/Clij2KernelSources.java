package io.github.fijidispatch.backend.clij2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenCL source of the backend's kernels, read from the {@code .cl} files
 * next to {@link Clij2Kernels}. A line {@code #include "helper.cl"} in a kernel
 * file is replaced by the text of that file (same folder, once per include
 * line, no nesting), so helpers several kernels use, such as the clamped index
 * or the neighbourhood shape, have one home. The includes are resolved here
 * rather than by CLIJ2, whose include lines name a class in its own search
 * packages. Sources are read once and kept.
 */
final class Clij2KernelSources {

	private static final Pattern INCLUDE = Pattern.compile("(?m)^#include \"([A-Za-z0-9_]+\\.cl)\"[ \\t]*$");

	private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

	private Clij2KernelSources() {
		// NB: static holder
	}

	/** The complete source of {@code <kernel>.cl}, its include lines replaced by the files they name. */
	static String of(final String kernel) {
		return SOURCES.computeIfAbsent(kernel, k -> withIncludes(read(k + ".cl")));
	}

	private static String withIncludes(final String source) {
		final Matcher m = INCLUDE.matcher(source);
		final StringBuffer out = new StringBuffer();
		while (m.find()) {
			final String helper = read(m.group(1));
			if (INCLUDE.matcher(helper).find()) throw new IllegalStateException(m.group(1) +
				" includes another file; a shared kernel source must stand alone");
			m.appendReplacement(out, Matcher.quoteReplacement(helper));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String read(final String file) {
		try (InputStream in = Clij2Kernels.class.getResourceAsStream(file)) {
			if (in == null) throw new IllegalStateException("kernel source " + file + " is missing next to " +
				Clij2Kernels.class.getName());
			final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			final byte[] buffer = new byte[8192];
			for (int n; (n = in.read(buffer)) > 0;)
				bytes.write(buffer, 0, n);
			return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("reading kernel source " + file, e);
		}
	}
}
