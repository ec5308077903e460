package io.github.fijidispatch.files;

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
 * No code path writes to a final file name directly: outside
 * {@link AtomicFile}, the sources of the plugin and of the command line open
 * no file for writing.
 */
class EveryWriteIsAtomicTest {

	/** Ways to write a file in place; ImageIO.write is allowed onto a stream named {@code out} or {@code ios} only. */
	private static final Pattern DIRECT_WRITE = Pattern.compile("(?<![A-Za-z])Files\\.(newOutputStream|write|copy|newBufferedWriter)|" +
		"FileOutputStream|IJ\\.save|FileWriter|RandomAccessFile|FileChannel\\.open|" +
		"new PrintWriter\\(\\s*(new File|file|path)|new PrintStream\\(\\s*(new File|file|path)|" +
		"saveAsTiff|saveAs\\(|ImageIO\\.write\\((?![^;]*,\\s*(out|ios)\\s*\\))");

	@Test
	void onlyAtomicFileOpensFilesForWriting() throws IOException {
		final List<String> offenders = new ArrayList<>();
		int files = 0;
		// NB: both artifacts' sources: the plugin's and the command line's (src/cli/java), which writes most files.
		try (Stream<Path> s = Stream.concat(Files.walk(Paths.get("src/main/java")), Files.walk(Paths.get("src/cli/java")))) {
			for (final Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
				files++;
				if (p.endsWith(Paths.get("io/github/fijidispatch/files/AtomicFile.java"))) continue;
				// NB: ScratchClaim opens its lock file (created empty by AtomicFile) read-write only to lock it; it writes nothing
				if (p.endsWith(Paths.get("io/github/fijidispatch/files/ScratchClaim.java"))) continue;
				final String[] lines = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n");
				for (int i = 0; i < lines.length; i++) {
					final String line = lines[i].trim();
					if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) continue;
					final Matcher m = DIRECT_WRITE.matcher(line);
					if (m.find()) offenders.add(p + ":" + (i + 1) + ": " + line);
				}
			}
		}
		assertTrue(files > 200, "read the main and command-line sources (" + files + " files)");
		assertTrue(offenders.isEmpty(), "direct writes outside AtomicFile:\n" + String.join("\n", offenders));
	}
}
