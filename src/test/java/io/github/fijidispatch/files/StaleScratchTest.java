package io.github.fijidispatch.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stale scratch folders: one claimed by a child JVM is left alone while the child lives and removed (and reported,
 * naming the child's process) once it is killed with {@code SIGKILL}; a folder claimed by this JVM, a folder without
 * the marker, a folder with a forged marker but no lock file, a folder of another name with a valid claim, and a
 * symbolic link to a stale folder are never touched.
 */
class StaleScratchTest {

	@TempDir
	Path dir;

	@Test
	void aKilledOwnersFolderIsRemovedALiveOnesIsNot() throws Exception {
		final Path folder = Files.createDirectory(dir.resolve("out.ome.zarr.scratch-123"));
		Files.createDirectories(folder.resolve("0/0"));
		AtomicFile.writeText(folder.resolve("0/0/0"), "labels");
		final Process child = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" +
			File.separator + "java", "-cp", System.getProperty("java.class.path"), ClaimAndWait.class.getName(), folder
				.toString()).redirectErrorStream(true).start();
		try {
			final BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
				StandardCharsets.UTF_8));
			final String said = lines.readLine();
			assertTrue(said != null && said.startsWith("claimed"), "the child claimed the folder: " + said);
			assertTrue(StaleScratch.sweep(dir).isEmpty(), "a live owner's folder is not reported");
			assertTrue(Files.isDirectory(folder), "a live owner's folder stays");
			final String marker = new String(Files.readAllBytes(folder.resolve(ScratchClaim.MARKER)),
				StandardCharsets.UTF_8);
			child.destroyForcibly();
			assertTrue(child.waitFor(1, TimeUnit.MINUTES), "the child ended");
			final List<String> report = StaleScratch.sweepBeside(dir.resolve("out.ome.zarr"));
			assertEquals(1, report.size(), report.toString());
			assertTrue(report.get(0).startsWith("removed the stale scratch folder " + folder), report.get(0));
			final String pid = marker.split("\n")[1].replace("process ", "");
			assertTrue(report.get(0).contains(pid), report.get(0) + " names " + pid);
			assertFalse(Files.exists(folder), "the stale folder is gone");
			assertTrue(StaleScratch.sweep(dir).isEmpty(), "nothing left to remove");
		}
		finally {
			child.destroyForcibly();
		}
	}

	@Test
	void onlyTheSuitesUnlockedScratchFoldersAreTouched() throws IOException {
		final Path mine = Files.createDirectory(dir.resolve("a.ome.zarr.scratch-1"));
		final Path unmarked = Files.createDirectory(dir.resolve("b.ome.zarr.scratch-2"));
		final Path forged = Files.createDirectory(dir.resolve("c.ome.zarr.scratch-3"));
		AtomicFile.writeText(forged.resolve(ScratchClaim.MARKER), ScratchClaim.MAGIC + "\nprocess 1@x\nstarted 0\n");
		final Path otherName = Files.createDirectory(dir.resolve("data"));
		final Path stale = Files.createDirectory(dir.resolve(".d.ome.zarr.pipeline-scratch-4"));
		final Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
		final Path linkedStale = Files.createDirectory(elsewhere.resolve("e.scratch-5"));
		try (ScratchClaim claim = ScratchClaim.claim(mine)) {
			ScratchClaim.claim(otherName).close();
			AtomicFile.writeText(otherName.resolve(ScratchClaim.MARKER), ScratchClaim.MAGIC + "\nprocess 1@x\nstarted 0\n");
			AtomicFile.writeText(otherName.resolve(ScratchClaim.LOCK), "");
			for (final Path p : new Path[] { stale, linkedStale }) {
				// NB: a claim ended without deleting its marker is what a killed owner leaves
				AtomicFile.writeText(p.resolve(ScratchClaim.LOCK), "");
				AtomicFile.writeText(p.resolve(ScratchClaim.MARKER), ScratchClaim.MAGIC + "\nprocess 1@x\nstarted 0\n");
			}
			final Path link = Files.createSymbolicLink(dir.resolve("f.ome.zarr.scratch-6"), linkedStale);
			final List<String> report = StaleScratch.sweep(dir);
			assertEquals(1, report.size(), report.toString());
			assertTrue(report.get(0).contains(stale.toString()) && report.get(0).contains("process 1@x"), report.get(0));
			assertFalse(Files.exists(stale), "the stale pipeline scratch is gone");
			for (final Path kept : new Path[] { mine, unmarked, forged, otherName, linkedStale, link })
				assertTrue(Files.exists(kept), kept + " stays");
			assertTrue(Files.exists(mine.resolve(ScratchClaim.MARKER)), "this JVM's claim is intact");
		}
		assertFalse(Files.exists(mine.resolve(ScratchClaim.MARKER)), "an ended claim deletes its marker");
	}
}
