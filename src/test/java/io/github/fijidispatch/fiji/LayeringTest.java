package io.github.fijidispatch.fiji;

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

/** The core (op, backend, dispatch) never imports AWT, Swing or ImageJ 1's GUI: the Fiji front adapts onto it. */
class LayeringTest {

	private static final Pattern GUI_IMPORT = Pattern.compile("^import\\s+(static\\s+)?(java\\.awt|javax\\.swing|ij\\.gui)\\b.*$",
		Pattern.MULTILINE);

	private static final Pattern IMAGEJ1_IMPORT = Pattern.compile("^import\\s+(static\\s+)?ij\\..*$", Pattern.MULTILINE);

	/** Op definitions are plain descriptions: they need neither ImageJ 1 nor a backend. */
	@Test
	void opDefinitionsImportNoImageJ1() throws IOException {
		final List<String> offenders = new ArrayList<>();
		try (Stream<Path> s = Files.walk(Paths.get("src/main/java/io/github/fijidispatch/op"))) {
			for (final Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
				final Matcher m = IMAGEJ1_IMPORT.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
				while (m.find())
					offenders.add(p + ": " + m.group());
			}
		}
		assertTrue(offenders.isEmpty(), "ImageJ 1 imports in op definitions: " + offenders);
	}

	/** The writer every layer uses depends on no layer of the suite. */
	@Test
	void filesDependOnNothingOfTheSuite() throws IOException {
		final Pattern suiteImport = Pattern.compile("^import\\s+(static\\s+)?(io\\.github\\.fijidispatch\\.|ij\\.|net\\.imglib2\\.|org\\.scijava\\.).*$",
			Pattern.MULTILINE);
		final List<String> offenders = new ArrayList<>();
		int files = 0;
		try (Stream<Path> s = Files.walk(Paths.get("src/main/java/io/github/fijidispatch/files"))) {
			for (final Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
				files++;
				final Matcher m = suiteImport.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
				while (m.find())
					offenders.add(p + ": " + m.group());
			}
		}
		assertTrue(files > 0, "read the files package");
		assertTrue(offenders.isEmpty(), "imports in the files package: " + offenders);
	}

	@Test
	void coreImportsNoGuiPackages() throws IOException {
		final List<String> offenders = new ArrayList<>();
		int files = 0;
		for (final String pkg : new String[] { "op", "backend", "dispatch", "files" }) {
			try (Stream<Path> s = Files.walk(Paths.get("src/main/java/io/github/fijidispatch", pkg))) {
				for (final Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
					files++;
					final Matcher m = GUI_IMPORT.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
					while (m.find())
						offenders.add(p + ": " + m.group());
				}
			}
		}
		assertTrue(files > 20, "read the core sources (" + files + " files)");
		assertTrue(offenders.isEmpty(), "GUI imports in the core: " + offenders);
	}
}
