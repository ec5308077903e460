package io.github.fijidispatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.cli.Main;
import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Bench cells on tiny inputs: every cell and peer gives a row, the ratio is
 * project ÷ peer, a peer that cannot run says why, a cell whose op or
 * parameter is bad is refused before anything runs, and the command writes
 * its table and JSON (structure, never times).
 */
class CellRunnerTest {

	@TempDir
	Path dir;

	private static final List<String> LINES = Arrays.asList("max | project.max axis=z | uint16 16x8x4 random | numpy.max ij1",
		"labels | label.components connectivity=full | uint8 16x16 mask=50% | skimage.label",
		"add | math.add_scalar value=5 | float32 16x16 random |");

	@Test
	void eachCellGivesAProjectColumnAndOneColumnPerPeerWithTheRatio() throws Exception {
		final Path fake = dir.resolve("fake-peer.sh");
		Files.write(fake, Arrays.asList("#!/bin/sh", "printf 'ready\\tfake 2.0\\n'", "while IFS= read -r line; do",
			"  printf 'ok\\t0.5\\t2\\t9\\tfake work\\n'", "done"), StandardCharsets.UTF_8);
		final Context context = new Context(DispatchService.class);
		try (PythonPeer peer = new PythonPeer(Arrays.asList("/bin/sh", fake.toString()))) {
			final DispatchService dispatch = context.service(DispatchService.class);
			final List<BenchCell> cells = BenchCells.parse(LINES, "test");
			final List<CellResult> results = new CellRunner(dispatch, null, Collections.singletonList(Backends.REFERENCE), 2).run(
				cells, peer, null);
			assertEquals(3, results.size());
			final CellResult max = results.get(0);
			assertEquals(1, max.project.size());
			assertTrue(max.project.get(0).ran(), max.project.get(0).note);
			assertEquals(2, max.project.get(0).repeats);
			assertEquals(Arrays.asList("numpy.max", "ij1"), Arrays.asList(max.peers.get(0).column, max.peers.get(1).column));
			assertEquals(0.5, max.peers.get(0).medianMillis);
			assertTrue(max.peers.get(1).ran(), max.peers.get(1).note);
			assertTrue(max.peers.get(1).note.startsWith("ImageJ 1 ZProjector.run(max)"), max.peers.get(1).note);
			assertEquals(max.project.get(0).medianMillis / 0.5, CellResult.ratio(max.project.get(0), max.peers.get(0)), 1e-12);
			assertTrue(results.get(2).peers.isEmpty());
			final String table = CellReport.markdown(results, peer.versions());
			final String[] lines = table.split("\n");
			assertEquals("| cell | op | input | backend | project ms | peer | peer ms | project ÷ peer |", lines[0]);
			// NB: header, rule, max × 2 peers, labels × 1, add without a peer
			assertTrue(lines[2].startsWith("| max | `project.max axis=z` | uint16 16x8x4 random | imglib2 | "), lines[2]);
			assertTrue(lines[2].endsWith(" | numpy.max | 0.500 | " + CellReport.ratio(CellResult.ratio(max.project.get(0), max.peers
				.get(0))) + " |"), lines[2]);
			assertTrue(lines[5].startsWith("| add |") && lines[5].endsWith("| – | – | – |"), lines[5]);
			assertEquals("", lines[6]);
			assertTrue(table.contains("Python peers: fake 2.0.\n- numpy.max: fake work\n"), table);
		}
		finally {
			context.dispose();
		}
	}

	@Test
	void withoutPythonItsPeersAreSkippedWithTheReasonAndImageJ1StillRuns() throws Exception {
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final List<CellResult> results = new CellRunner(dispatch, null, Collections.singletonList(Backends.REFERENCE), 1).run(
				BenchCells.parse(LINES.subList(0, 1), "test"), null, "no python3 here");
			final Measurement numpy = results.get(0).peers.get(0);
			assertFalse(numpy.ran());
			assertEquals("no python3 here", numpy.note);
			assertTrue(results.get(0).peers.get(1).ran());
			final String table = CellReport.markdown(results, "");
			assertTrue(table.contains("| numpy.max | – | – |"), table);
			assertTrue(table.contains("- not run: max, numpy.max: no python3 here\n"), table);
		}
		finally {
			context.dispose();
		}
	}

	@Test
	void aCellWithAnUnknownOpOrABadParameterIsRefusedBeforeAnythingRuns() {
		final Context context = new Context(DispatchService.class);
		try {
			final CellRunner runner = new CellRunner(context.service(DispatchService.class), null, Collections.singletonList(
				Backends.REFERENCE), 1);
			final IllegalArgumentException op = assertThrows(IllegalArgumentException.class, () -> runner.validate(BenchCells.parse(
				Collections.singletonList("x | filter.nope | uint8 8x8 random |"), "test")));
			assertTrue(op.getMessage().startsWith("bench cells: cell 'x' (filter.nope): ") && op.getMessage().contains("filter.nope"),
				op.getMessage());
			final IllegalArgumentException param = assertThrows(IllegalArgumentException.class, () -> runner.validate(BenchCells
				.parse(Collections.singletonList("y | label.components connectivity=diagonal | uint8 8x8 mask=5% |"), "test")));
			assertTrue(param.getMessage().startsWith("bench cells: cell 'y' (label.components connectivity=diagonal): ") && param
				.getMessage().contains("diagonal"), param.getMessage());
		}
		finally {
			context.dispose();
		}
	}

	@Test
	void theCommandWritesTheTableAndJsonAndRefusesABadCellFileWithoutAStackTrace() throws Exception {
		final Path cells = dir.resolve("tiny.cells");
		Files.write(cells, LINES.subList(0, 1), StandardCharsets.UTF_8);
		final File out = dir.resolve("out").toFile();
		final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		final int code = Main.run(Arrays.asList("bench", "--cells", cells.toString(), "--repeats", "1", "--out", out.getPath(),
			"--json"), new PrintStream(stdout, true, "UTF-8"), new PrintStream(stderr, true, "UTF-8"));
		assertEquals(0, code, stderr.toString("UTF-8"));
		final String json = stdout.toString("UTF-8");
		assertTrue(json.startsWith("{\"cells\":[{\"cell\":\"max\",\"op\":\"project.max\",\"params\":{\"axis\":\"z\"}," +
			"\"input\":\"uint16 16x8x4 random\",\"project\":[{\"backend\":\"imglib2\",\"ran\":true,"), json);
		assertTrue(json.contains("{\"peer\":\"numpy.max\",") && json.contains("{\"peer\":\"ij1\",\"ran\":true,"), json);
		assertTrue(json.contains("\"projectOverPeer\":{\"imglib2\":"), json);
		final String md = new String(Files.readAllBytes(new File(out, "cells.md").toPath()), StandardCharsets.UTF_8);
		assertTrue(md.startsWith("bench --cells " + cells), md);
		assertTrue(md.contains("| max | `project.max axis=z` | uint16 16x8x4 random | imglib2 |"), md);

		Files.write(cells, Arrays.asList("max | project.max axis=z | uint16 16x8x4 mask=200% |"), StandardCharsets.UTF_8);
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(2, Main.run(Arrays.asList("bench", "--cells", cells.toString()), new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(err, true, "UTF-8")));
		final String message = err.toString("UTF-8");
		assertTrue(message.contains(cells + " line 1: ") && message.contains("outside (0, 1)"), message);
		assertFalse(message.contains("\tat "), message);
		final ByteArrayOutputStream err2 = new ByteArrayOutputStream();
		assertEquals(2, Main.run(Arrays.asList("bench", "--cells", "issue14", "--ops", "filter.gauss"), new PrintStream(
			new ByteArrayOutputStream()), new PrintStream(err2, true, "UTF-8")));
		assertTrue(err2.toString("UTF-8").contains("cannot be combined with --ops"), err2.toString("UTF-8"));
	}
}
