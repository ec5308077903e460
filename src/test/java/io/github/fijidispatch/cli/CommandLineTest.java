package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in this JVM: exit codes, outputs, messages. */
class CommandLineTest extends AbstractCommandLineTest {

	private static final String CELL = new File("src/main/resources/io/github/fijidispatch/samples/cell.png").getPath();

	@TempDir
	Path tmp;

	@Test
	void infoListsTheReferenceBackendAndTheOps() {
		assertEquals(0, run("info"));
		assertTrue(out.contains("imglib2    available"), out);
		assertTrue(out.contains("filter.gauss"), out);
	}

	@Test
	void infoJsonIsMachineReadable() {
		assertEquals(0, run("info", "--json"));
		assertTrue(out.trim().startsWith("{\"settings\":{"), out);
		assertTrue(out.contains("\"id\":\"imglib2\",\"available\":true"), out);
	}

	@Test
	void runWritesTheResultAndExplainsTheDecision() {
		final String target = tmp.resolve("g.tif").toString();
		assertEquals(0, run("run", "filter.gauss", "-i", CELL, "-o", target, "--param", "sigma=2", "--explain", "--backend", "imglib2"));
		assertTrue(out.contains("imglib2: chosen"), out);
		final ImagePlus result = IJ.openImage(target);
		assertEquals(550, result.getWidth());
		assertEquals(660, result.getHeight());
		assertEquals(ImagePlus.GRAY8, result.getType());
	}

	@Test
	void theSavedTiffAndTheJsonSayWhereTheResultCameFrom() {
		final String target = tmp.resolve("m.tif").toString();
		assertEquals(0, run("run", "filter.median", "-i", CELL, "-o", target, "--param", "radius=2", "--backend", "imglib2", "--json"));
		assertTrue(out.contains("\"provenance\":{\"op\":\"filter.median\",\"parameters\":\"radius=2 shape=box\",\"backend\":\"imglib2\""), out);
		final ImagePlus saved = IJ.openImage(target);
		assertEquals("filter.median", saved.getStringProperty("DispatchOp"));
		assertEquals("radius=2 shape=box", saved.getStringProperty("DispatchParameters"));
		assertEquals("imglib2", saved.getStringProperty("DispatchBackend"));
		assertEquals("no", saved.getStringProperty("DispatchFallback"));
		assertTrue(saved.getStringProperty("DispatchDevice").startsWith("HOST_CPU"), saved.getInfoProperty());
		assertTrue(saved.getStringProperty("DispatchVersion").matches("\\d+\\.\\d+\\.\\d+.*"), saved.getInfoProperty());
	}

	@Test
	void dryRunPrintsTheDecisionWithoutWriting() {
		final String target = tmp.resolve("none.tif").toString();
		assertEquals(0, run("run", "filter.gauss", "-i", CELL, "-o", target, "--dry-run"));
		assertTrue(out.contains("mode auto"), out);
		assertTrue(!new File(target).exists());
	}

	@Test
	void badParameterIsExitCodeTwoWithAClearMessage() {
		assertEquals(2, run("run", "filter.gauss", "-i", CELL, "-o", tmp.resolve("x.tif").toString(), "--param", "sigma=-1"));
		assertTrue(err.contains("filter.gauss: parameter 'sigma' = \"-1\" is not allowed"), err);
	}

	@Test
	void unknownCommandAndOptionAreUsageErrors() {
		assertEquals(2, run("frobnicate"));
		assertTrue(err.contains("unknown command 'frobnicate'"), err);
		assertEquals(2, run("run", "filter.gauss", "--sigma", "2"));
		assertTrue(err.contains("unknown option --sigma"), err);
	}

	@Test
	void missingInputFileIsNamed() {
		assertEquals(2, run("run", "filter.gauss", "-i", "/nonexistent.png", "-o", tmp.resolve("x.tif").toString()));
		assertTrue(err.contains("/nonexistent.png"), err);
	}
}
