package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.fijidispatch.ij.ImageFiles;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line takes a renamed op's former id wherever it takes an op id
 * ({@code run} and its {@code --explain}, {@code verify --op},
 * {@code bench --ops}), reports the current id, and warns once on standard
 * error (through SciJava's log, which the process prints there).
 */
class DeprecatedOpIdsTest {

	private static final String CELL = new File("src/main/resources/io/github/fijidispatch/samples/cell.png").getPath();
	private static final String WARNING = "math.addScalar is deprecated; use math.add_scalar";

	@TempDir
	Path dir;

	@Test
	void runWithAFormerIdRunsTheOpUnderItsCurrentIdAndWarnsOnce() throws IOException {
		final String old = dir.resolve("old.tif").toString();
		final String current = dir.resolve("current.tif").toString();
		final Outcome r = Outcome.of(() -> CommandLineRun.of("run", "math.addScalar", "-i", CELL, "-o", old, "--param", "value=5",
			"--explain"));
		assertEquals(0, r.run.code, r.toString());
		assertTrue(r.run.out.contains("math.add_scalar([") && r.run.out.contains("math.add_scalar ran on"), r.toString());
		assertEquals(1, r.count(WARNING), r.toString());
		final Outcome c = Outcome.of(() -> CommandLineRun.of("run", "math.add_scalar", "-i", CELL, "-o", current, "--param", "value=5"));
		assertEquals(0, c.run.code, c.toString());
		assertEquals(0, c.count("deprecated"), c.toString());
		assertEquals(values(current), values(old));
	}

	@Test
	void verifyAndBenchTakeFormerIds() throws IOException {
		final Outcome v = Outcome.of(() -> CommandLineRun.of("verify", "--op", "morphology.fillHoles", "--backend", "imglib2"));
		assertEquals(0, v.run.code, v.toString());
		assertTrue(v.run.out.contains("morphology.fill_holes"), v.toString());
		assertEquals(1, v.count("morphology.fillHoles is deprecated; use morphology.fill_holes"), v.toString());

		final Path out = dir.resolve("bench");
		final Outcome b = Outcome.of(() -> CommandLineRun.of("bench", "--ops", "math.addScalar", "--sizes", "16",
			"--backends", "imglib2", "--repeats", "1", "--out", out.toString()));
		assertEquals(0, b.run.code, b.toString());
		assertEquals(1, b.count(WARNING), b.toString());
		final String csv = new String(Files.readAllBytes(out.resolve("bench.csv")), StandardCharsets.UTF_8);
		assertTrue(csv.contains("math.add_scalar") && !csv.contains("math.addScalar"), csv);
	}

	private static List<Double> values(final String path) {
		final List<Double> v = new ArrayList<>();
		final RandomAccessibleInterval<? extends RealType<?>> img = ImageFiles.read(path);
		for (final RealType<?> p : Views.flatIterable(img))
			v.add(p.getRealDouble());
		return v;
	}

	/** A run with {@code System.err} captured too: SciJava's log prints warnings there. */
	private static final class Outcome {

		final CommandLineRun run;
		final String systemErr;

		private Outcome(final CommandLineRun run, final String systemErr) {
			this.run = run;
			this.systemErr = systemErr;
		}

		static Outcome of(final Supplier<CommandLineRun> run) {
			final ByteArrayOutputStream e = new ByteArrayOutputStream();
			final PrintStream saved = System.err;
			System.setErr(new PrintStream(e, true));
			try {
				final CommandLineRun r = run.get();
				return new Outcome(r, new String(e.toByteArray(), StandardCharsets.UTF_8));
			}
			finally {
				System.setErr(saved);
			}
		}

		int count(final String text) {
			final String all = run.err + systemErr;
			int n = 0;
			for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + 1))
				n++;
			return n;
		}

		@Override
		public String toString() {
			return run + "\nSystem.err: " + systemErr;
		}
	}
}
