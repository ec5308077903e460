package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The {@link DispatchService} interface is all a caller needs: no class
 * outside {@code dispatch/} casts to {@link DefaultDispatchService} or tests
 * for it, so another implementation (or a wrapper) can take its place.
 */
class DispatchServiceCallersTest {

	private static final Path MAIN = Paths.get("src/main/java/io/github/fijidispatch");
	/** The command-line code (its own source root and jar) is a caller too. */
	private static final Path CLI = Paths.get("src/cli/java/io/github/fijidispatch");

	/** A cast to the default service, or an instanceof test / Class.cast / isInstance on it, qualified or not. */
	private static final Pattern DOWNCAST = Pattern.compile("\\(\\s*(?:[\\w.]+\\.)?DefaultDispatchService\\s*\\)" +
		"|instanceof\\s+(?:[\\w.]+\\.)?DefaultDispatchService\\b|DefaultDispatchService\\s*\\.\\s*class\\s*\\.\\s*(?:cast|isInstance)\\b");

	@Test
	void noClassOutsideDispatchDowncastsTheService() throws IOException {
		final List<String> offenders = new ArrayList<>();
		int files = 0;
		for (final Path root : new Path[] { MAIN, CLI })
			try (Stream<Path> s = Files.walk(root)) {
				for (final Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
					if (p.startsWith(MAIN.resolve("dispatch"))) continue;
					files++;
					offenders.addAll(downcasts(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
				}
			}
		assertTrue(files > 50, "read the callers' sources (" + files + " files)");
		assertTrue(offenders.isEmpty(), "downcasts to DefaultDispatchService (widen DispatchService instead): " + offenders);
	}

	@Test
	void theScanSeesEveryFormOfDowncast() {
		final String source = "Support a = ((DefaultDispatchService) dispatch).availability(b);\n" +
			"if (dispatch instanceof io.github.fijidispatch.dispatch.DefaultDispatchService) x();\n" +
			"DefaultDispatchService.class.cast(dispatch);\n" +
			"// DispatchService is what DefaultDispatchService implements\n" + "DispatchService d = (DispatchService) o;\n";
		assertEquals(3, downcasts("Sample.java", source).size(), downcasts("Sample.java", source).toString());
	}

	private static List<String> downcasts(final String file, final String source) {
		final List<String> found = new ArrayList<>();
		final Matcher m = DOWNCAST.matcher(source);
		while (m.find()) {
			final int line = source.substring(0, m.start()).split("\n", -1).length;
			found.add(file + ":" + line + ": " + m.group());
		}
		return found;
	}
}
