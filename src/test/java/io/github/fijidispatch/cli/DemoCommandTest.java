package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.cli.demo.FloodFillCount;
import io.github.fijidispatch.cli.demo.SyntheticNuclei;
import io.github.fijidispatch.ij.ImageFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} end to end, in this JVM: both pipelines on every available
 * backend and in auto mode, their counts against an independent labelling,
 * every step agreeing with the reference or showing why its backend declined,
 * the files it writes. Timings are reported, never asserted.
 * <p>
 * NB: the demo runs in a child JVM with the JDK's {@code libjsig} preloaded,
 * as {@code scripts/fiji-dispatch} runs it: PoCL's LLVM installs its own
 * SIGSEGV handler when it compiles kernels, and without signal chaining a
 * later, harmless JVM signal kills the process (see
 * {@code scripts/lib/setup.sh}); a child keeps that out of the test JVM.
 * </p>
 */
class DemoCommandTest {

	/** The coins in coins.png: 4 rows of 6 (see SegmentationPipelineTest). */
	private static final int COINS = 24;

	@TempDir
	static Path tmp;

	private static File dir;
	private static Child demo;
	private static Map<String, Object> report;

	@BeforeAll
	static void runTheDemoOnce() throws Exception {
		dir = tmp.resolve("demo").toFile();
		demo = Child.run(tmp.resolve("demo-run"), "demo", "--out", dir.getPath(), "--json");
		report = JsonCheck.object(demo.out);
	}

	/** One run of the command line in a child JVM: exit code, stdout, stderr. */
	private static final class Child {

		final int code;
		final String out;
		final String err;

		private Child(final int code, final String out, final String err) {
			this.code = code;
			this.out = out;
			this.err = err;
		}

		static Child run(final Path logs, final String... args) throws Exception {
			Files.createDirectories(logs);
			final File javaHome = new File(System.getProperty("java.home"));
			final List<String> command = new ArrayList<>(Arrays.asList(new File(javaHome, "bin/java").getPath(), "-Xss4m",
				"-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
			command.addAll(Arrays.asList(args));
			final ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(logs.resolve("out").toFile())
				.redirectError(logs.resolve("err").toFile());
			final File jsig = new File(javaHome, "lib/libjsig.so");
			if (jsig.isFile()) {
				final String preload = pb.environment().get("LD_PRELOAD");
				pb.environment().put("LD_PRELOAD", preload == null || preload.isEmpty() ? jsig.getPath() : preload + ":" + jsig);
			}
			final Process p = pb.start();
			// NB: not a timed assertion: the bound only stops a hung child.
			if (!p.waitFor(20, TimeUnit.MINUTES)) {
				// NB: the wrapper's children (java, Xvfb) first: killing the wrapper alone leaves them running
				p.descendants().forEach(ProcessHandle::destroyForcibly);
				p.destroyForcibly();
				throw new AssertionError("fiji-dispatch " + String.join(" ", args) + " did not finish");
			}
			return new Child(p.exitValue(), read(logs.resolve("out")), read(logs.resolve("err")));
		}

		private static String read(final Path file) throws Exception {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(final Map<String, Object> map, final String key) {
		final Object v = map.get(key);
		assertNotNull(v, key + " in " + map.keySet());
		return (List<Map<String, Object>>) v;
	}

	private static Map<String, Object> pipeline(final String name) {
		for (final Map<String, Object> p : list(report, "pipelines"))
			if (name.equals(p.get("name"))) return p;
		throw new AssertionError("no pipeline " + name + " in " + demo.out);
	}

	@Test
	void bothPipelinesRunAndEveryBackendAgrees() {
		assertEquals(0, demo.code, demo.out + demo.err);
		assertEquals(Boolean.TRUE, report.get("ok"), demo.out);
		assertEquals(Boolean.TRUE, report.get("allAgree"), demo.out);
		assertEquals(2, list(report, "pipelines").size(), demo.out);
	}

	@Test
	void theObjectCountsEqualAnIndependentLabelling() {
		final Map<String, Object> coins = pipeline("coins");
		assertEquals(COINS, ((Number) coins.get("objects")).intValue(), demo.out);
		assertEquals(COINS, FloodFillCount.components(ImageFiles.read((String) coins.get("labels"))));
		final Map<String, Object> nuclei = pipeline("nuclei");
		assertEquals(SyntheticNuclei.DEMO_COUNT, ((Number) nuclei.get("placedByGenerator")).intValue(), demo.out);
		assertEquals(SyntheticNuclei.DEMO_COUNT, ((Number) nuclei.get("objects")).intValue(), demo.out);
		assertEquals(SyntheticNuclei.DEMO_COUNT, FloodFillCount.components(ImageFiles.read((String) nuclei.get("labels"))));
	}

	@Test
	void everyStepAgreesWithTheReferenceOrShowsWhyItsBackendDeclined() {
		for (final String name : new String[] { "coins", "nuclei" }) {
			final List<Map<String, Object>> runs = list(pipeline(name), "runs");
			assertEquals(Backends.REFERENCE, runs.get(0).get("run"));
			assertEquals("auto", runs.get(runs.size() - 1).get("run"));
			for (final Map<String, Object> run : runs) {
				assertTrue(run.get("warmMillis") instanceof Number && run.get("warmUpMillis") instanceof Number,
					"the warm total and the warm-up apart: " + run);
				for (final Map<String, Object> step : list(run, "steps")) {
					final String where = name + " " + run.get("run") + " " + step.get("step") + ": " + step;
					assertEquals(Boolean.TRUE, step.get("agrees"), where);
					final boolean ranElsewhere = !"auto".equals(run.get("run")) && !run.get("run").equals(step.get("backend"));
					assertEquals(ranElsewhere, step.containsKey("declined"), where);
					if (ranElsewhere) assertTrue(((String) step.get("declined")).startsWith(run.get("run") + " "), where);
				}
			}
		}
	}

	@Test
	void itWritesTheSamplesResultsAndAnOverviewOfBothPipelines() throws Exception {
		for (final String f : new String[] { "coins.png", "nuclei.tif", "coins-labels.tif", "coins-measurements.csv",
			"nuclei-labels.tif", "nuclei-measurements.csv", "overview.png" })
			assertTrue(new File(dir, f).isFile(), f);
		final List<String> csv = Files.readAllLines(new File(dir, "coins-measurements.csv").toPath());
		assertTrue(csv.get(0).startsWith("label,area"), csv.get(0));
		assertEquals(COINS + 1, csv.size(), "a header and one row per coin");
		final BufferedImage overview = ImageIO.read(new File(dir, "overview.png"));
		// NB: OverviewImage's layout: margin 10; panels fit 256 px; caption 26, panel titles 20, text lines 18 each.
		// coins: 3 panels of 384×303 at scale 2/3 (256×202), 3 lines; nuclei: 4 panels of 256×256, 3 lines.
		assertEquals(10 + 4 * (256 + 10), overview.getWidth());
		assertEquals(10 + (26 + 20 + 202 + 3 * 18 + 10) + (26 + 20 + 256 + 3 * 18 + 10), overview.getHeight());
	}

	@Test
	void aUsersStackGetsOnlyThe3DPipelineAndTheTablePrintsWarmTimes() throws Exception {
		final File stack = tmp.resolve("small.tif").toFile();
		ImageFiles.write(SyntheticNuclei.place(5, new int[] { 64, 64, 24 }, 3).image(), stack.getPath());
		final Child r = Child.run(tmp.resolve("own-run"), "demo", "--input", stack.getPath(), "--out",
			tmp.resolve("own").toString());
		assertEquals(0, r.code, r.out + r.err);
		assertTrue(r.out.contains("small: 3 objects; every backend agrees with the reference."), r.out);
		assertTrue(r.out.contains("warm ms") && r.out.contains("(warm-up run before it: "), r.out);
		assertTrue(!r.out.contains("coins"), r.out);
		assertTrue(new File(tmp.resolve("own").toFile(), "small-labels.tif").isFile());
	}
}
