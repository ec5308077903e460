package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core (op, backend, dispatch) never imports AWT, Swing or ImageJ 1's GUI: the Fiji front adapts onto it. The
 * command-line artifact ({@code src/cli/java}: command line, benchmark, update-site tooling, script adapters) may
 * use the plugin's code, never the reverse, and no package is in both.
 */
class LayeringTest {

	private static final Path PLUGIN_SOURCES = Paths.get("src/main/java");
	private static final Path CLI_SOURCES = Paths.get("src/cli/java");

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

	/** The OME-Zarr layer sits under dispatch, so that the block engine and every front can use it: op and files only. */
	@Test
	void zarrDependsOnlyOnOpDefinitionsAndFiles() throws IOException {
		final Pattern suiteImport = Pattern.compile("^import\\s+(static\\s+)?io\\.github\\.fijidispatch\\.(?!op\\.|files\\.|zarr\\.).*$",
			Pattern.MULTILINE);
		final List<String> offenders = new ArrayList<>();
		final List<Path> files = javaFiles(Paths.get("src/main/java/io/github/fijidispatch/zarr"));
		for (final Path p : files) {
			final Matcher m = suiteImport.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
			while (m.find())
				offenders.add(p + ": " + m.group());
		}
		assertTrue(files.size() > 5, "read the zarr package");
		assertTrue(offenders.isEmpty(), "the zarr package imports layers above it: " + offenders);
	}

	/**
	 * The block engine sits above dispatch and below the fronts: nothing in op, backend or dispatch imports it, and it
	 * imports no front (fiji, cli) and not the conformance kit.
	 */
	@Test
	void blockEngineSitsAboveDispatchAndBelowTheFronts() throws IOException {
		final Pattern blockImport = Pattern.compile("^import\\s+(static\\s+)?io\\.github\\.fijidispatch\\.block\\..*$",
			Pattern.MULTILINE);
		final Pattern frontImport = Pattern.compile(
			"^import\\s+(static\\s+)?io\\.github\\.fijidispatch\\.(fiji|cli|conformance|bench)\\..*$", Pattern.MULTILINE);
		final List<String> offenders = new ArrayList<>();
		for (final String pkg : new String[] { "op", "backend", "dispatch" })
			for (final Path p : javaFiles(Paths.get("src/main/java/io/github/fijidispatch", pkg)))
				offenders.addAll(matches(p, blockImport));
		final List<Path> engine = javaFiles(Paths.get("src/main/java/io/github/fijidispatch/block"));
		assertTrue(engine.size() > 5, "read the block engine's sources");
		for (final Path p : engine)
			offenders.addAll(matches(p, frontImport));
		assertTrue(offenders.isEmpty(), "imports against the block engine's layer: " + offenders);
	}

	private static List<String> matches(final Path p, final Pattern pattern) throws IOException {
		final List<String> out = new ArrayList<>();
		final Matcher m = pattern.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
		while (m.find())
			out.add(p + ": " + m.group());
		return out;
	}

	@Test
	void coreImportsNoGuiPackages() throws IOException {
		final List<String> offenders = new ArrayList<>();
		int files = 0;
		for (final String pkg : new String[] { "op", "backend", "dispatch", "files", "zarr" }) {
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

	/**
	 * What Fiji loads (the plugin jar, built from src/main/java) never names a package of the command-line jar, not
	 * even in a string or a comment: such a reference would fail in Fiji, where that jar is absent. (The compiler
	 * already refuses an import, since the plugin is compiled without the command line's classes; this also catches
	 * reflection and documentation links.)
	 */
	@Test
	void pluginSourcesNeverNameTheCommandLinePackages() throws IOException {
		final Set<String> cliPackages = packages(CLI_SOURCES);
		assertTrue(cliPackages.contains("io.github.fijidispatch.cli"), "read the command line's sources: " + cliPackages);
		final List<String> offenders = new ArrayList<>();
		for (final Path p : javaFiles(PLUGIN_SOURCES)) {
			final String source = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
			for (final String pkg : cliPackages) {
				final Matcher m = Pattern.compile("\\b" + Pattern.quote(pkg) + "\\.[A-Za-z*]").matcher(source);
				if (m.find()) offenders.add(p + " names " + pkg);
			}
		}
		assertTrue(offenders.isEmpty(), "plugin sources that depend on the command-line artifact: " + offenders);
	}

	/** A package lives in one jar: a split package would shadow or hide classes depending on the class path. */
	@Test
	void noPackageIsInBothArtifacts() throws IOException {
		final Set<String> shared = packages(PLUGIN_SOURCES);
		assertTrue(shared.contains("io.github.fijidispatch.dispatch"), "read the plugin's sources: " + shared);
		shared.retainAll(packages(CLI_SOURCES));
		assertTrue(shared.isEmpty(), "packages in both src/main/java and src/cli/java: " + shared);
	}

	private static List<Path> javaFiles(final Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			final List<Path> files = new ArrayList<>();
			s.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
			return files;
		}
	}

	private static Set<String> packages(final Path root) throws IOException {
		final Set<String> packages = new TreeSet<>();
		for (final Path p : javaFiles(root))
			packages.add(root.relativize(p.getParent()).toString().replace(java.io.File.separatorChar, '.'));
		return packages;
	}
}
