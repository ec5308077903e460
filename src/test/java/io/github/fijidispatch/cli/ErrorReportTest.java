package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import io.github.fijidispatch.zarr.ZarrFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one line and the exit code of a failed command: the command named once, even when the message names it too;
 * bad input (a malformed OME-Zarr input included) exit 2.
 */
class ErrorReportTest {

	@TempDir
	Path tmp;

	@Test
	void theCommandIsNamedOnce() {
		assertEquals("fiji-dispatch run: filter.gauss: bad", ErrorReport.of("run", new IllegalArgumentException(
			"filter.gauss: bad")).message);
		assertEquals("fiji-dispatch bench: size [0, 0] has a side outside [1, 1048576]", ErrorReport.of("bench",
			new IllegalArgumentException("bench: size [0, 0] has a side outside [1, 1048576]")).message);
		assertEquals("fiji-dispatch bench --cells: 'x' is unknown", ErrorReport.of("bench", new IllegalArgumentException(
			"bench --cells: 'x' is unknown")).message);
		assertEquals("fiji-dispatch: no command", ErrorReport.of(null, new IllegalArgumentException("no command"))
			.message);
		// NB: a message that only starts with the command's letters is prefixed as usual
		assertEquals("fiji-dispatch run: running out of ideas", ErrorReport.of("run", new IllegalArgumentException(
			"running out of ideas")).message);
	}

	@Test
	void aMalformedZarrInputIsBadInput() {
		final ErrorReport r = ErrorReport.of("run", new java.io.UncheckedIOException(new ZarrFormatException(tmp, "no " +
			".zarray")));
		assertEquals(2, r.exitCode);
		assertTrue(r.message.contains("no .zarray"), r.message);
	}

	@Test
	void benchAndDemoRefuseAFileAsTheirOutputFolder() throws IOException {
		final File file = tmp.resolve("results").toFile();
		assertTrue(file.createNewFile());
		final CommandLineRun r = CommandLineRun.of("bench", "--ops", "filter.gauss", "--sizes", "16", "--repeats", "1",
			"--backends", "imglib2", "--out", file.getPath());
		assertEquals(2, r.code, r.toString());
		assertTrue(r.err.contains("--out '" + file.getPath() + "' is a file"), r.err);
		final CommandLineRun demo = CommandLineRun.of("demo", "--out", file.getPath());
		assertEquals(2, demo.code, demo.toString());
		assertTrue(demo.err.contains("--out '" + file.getPath() + "' is a file"), demo.err);
	}
}
