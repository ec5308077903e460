package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.cli.demo.FloodFillCount;
import io.github.fijidispatch.cli.demo.SyntheticNuclei;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} end to end, in this JVM: both pipelines on every available
 * backend and in auto mode, their counts against an independent labelling,
 * every step agreeing with the reference or showing why its backend declined,
 * the files it writes. Timings are reported, never asserted.
 */
class DemoCommandTest {

	/** The coins in coins.png: 4 rows of 6 (see SegmentationPipelineTest). */
	private static final int COINS = 24;

	@TempDir
	static Path tmp;

	private static File dir;
	private static CommandLineRun demo;
	private static Map<String, Object> report;

	@BeforeAll
	static void runTheDemoOnce() {
		dir = tmp.resolve("demo").toFile();
		demo = CommandLineRun.of("demo", "--out", dir.getPath(), "--json");
		report = JsonCheck.object(demo.out);
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
		final CommandLineRun r = CommandLineRun.of("demo", "--input", stack.getPath(), "--out", tmp.resolve("own").toString());
		assertEquals(0, r.code, r.out + r.err);
		assertTrue(r.out.contains("small: 3 objects; every backend agrees with the reference."), r.out);
		assertTrue(r.out.contains("warm ms") && r.out.contains("(warm-up run before it: "), r.out);
		assertTrue(!r.out.contains("coins"), r.out);
		assertTrue(new File(tmp.resolve("own").toFile(), "small-labels.tif").isFile());
	}
}
