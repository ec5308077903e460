package io.github.fijidispatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import io.github.fijidispatch.cli.Main;
import io.github.fijidispatch.dispatch.CostModelFile;
import io.github.fijidispatch.dispatch.CostModelLocation;
import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The benchmark on tiny images: well-formed CSV, markdown and PNG, and a calibration (structure, never times). */
class BenchRunnerTest {

	@TempDir
	Path dir;

	private String propertyBefore;

	@BeforeEach
	void pointCostModelAtTempDir() {
		propertyBefore = System.getProperty(CostModelLocation.PROPERTY);
		System.setProperty(CostModelLocation.PROPERTY, dir.resolve("cost-model.tsv").toString());
	}

	@AfterEach
	void restoreProperty() {
		if (propertyBefore == null) System.clearProperty(CostModelLocation.PROPERTY);
		else System.setProperty(CostModelLocation.PROPERTY, propertyBefore);
	}

	@Test
	void tinyMatrixGivesEveryColumnOfEveryCellAndWellFormedReports() throws Exception {
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final BenchCatalog catalog = new BenchCatalog();
			final List<BenchCase> cases = Arrays.asList(catalog.get("filter.gauss"), catalog.get("project.max"),
				catalog.get("morphology.erode"));
			final List<BenchSize> sizes = BenchSpec.parseSizes(Arrays.asList("16", "8x8x4"));
			final BenchSpec spec = new BenchSpec(cases, sizes, Collections.singletonList("imglib2"), 2, 1000);
			final BenchRunner runner = new BenchRunner(dispatch, null, spec);
			final BenchResults results = runner.run(spec);

			assertEquals(3 * 2 * 3, results.measurements.size());
			for (final BenchCase c : cases)
				for (final BenchSize s : sizes)
					for (final String column : Arrays.asList(Measurement.IJ1, "imglib2", Measurement.AUTO))
						assertNotNull(results.find(c.opId(), s, column), c.opId() + " " + s + " " + column);
			final Measurement projected2d = results.find("project.max", sizes.get(0), "imglib2");
			assertFalse(projected2d.ran());
			assertTrue(projected2d.note.contains("axis"), projected2d.note);
			final Measurement gauss3d = results.find("filter.gauss", sizes.get(1), "imglib2");
			assertTrue(gauss3d.ran() && gauss3d.repeats == 2 && gauss3d.medianMillis >= 0 && gauss3d.warmUpMillis >= 0);
			assertEquals("imglib2", results.find("filter.gauss", sizes.get(1), Measurement.AUTO).chosen);
			assertTrue(results.find("filter.gauss", sizes.get(0), Measurement.IJ1).ran());
			assertEquals("imglib2", results.bestFixed("filter.gauss", sizes.get(0)));

			final String[] csv = BenchReport.csv(results).split("\n");
			assertEquals(BenchReport.CSV_HEADER, csv[0]);
			assertEquals(1 + results.measurements.size(), csv.length);
			final int columns = BenchReport.CSV_HEADER.split(",").length;
			for (final String line : csv)
				assertEquals(columns, splitCsv(line).size(), line);

			final String md = BenchReport.markdown(results);
			final List<String> tableRows = new ArrayList<>();
			for (final String line : md.split("\n"))
				if (line.startsWith("| filter.") || line.startsWith("| project.") || line.startsWith("| morphology.")) tableRows.add(line);
			assertEquals(5, tableRows.size(), "the 2D z projection has no row: " + md);
			assertFalse(md.contains("| project.max | 16x16 |"), md);
			assertTrue(md.contains("- project.max 16x16: "), "its reason is listed once: " + md);
			final int pipes = count(tableRows.get(0), '|');
			for (final String row : tableRows)
				assertEquals(pipes, count(row, '|'), row);
			assertTrue(md.contains("| op | size | ImageJ 1 | imglib2 | auto (chose) | best fixed | imglib2 vs IJ1 | auto / best |"), md);
			assertTrue(md.contains("auto / best fixed: median"), md);

			final File png = dir.resolve("bench.png").toFile();
			BenchChart.write(results, png);
			final BufferedImage image = ImageIO.read(png);
			assertEquals(1100, image.getWidth());
			assertTrue(image.getHeight() > 6 * 3 * 11);

			assertTrue(runner.model().isCalibrated(), "dispatched runs feed the cost model");
		}
		finally {
			context.dispose();
		}
	}

	@Test
	void commandWritesItsFilesAndSavesTheCalibrationWhereConfigured() throws Exception {
		final File out = dir.resolve("out").toFile();
		final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		final int code = Main.run(Arrays.asList("bench", "--ops", "filter.gauss,transform.flip", "--sizes", "16", "--backends",
			"imglib2", "--repeats", "1", "--out", out.getPath(), "--calibrate", "--json"), new PrintStream(stdout, true, "UTF-8"),
			new PrintStream(stderr, true, "UTF-8"));
		assertEquals(0, code, stderr.toString("UTF-8"));
		for (final String name : new String[] { "bench.csv", "bench-transfers.csv", "bench.md", "bench.png" })
			assertTrue(new File(out, name).isFile(), name);
		final String json = stdout.toString("UTF-8");
		assertTrue(json.startsWith("{\"measurements\":[") && json.contains("\"autoOverBest\""), json);
		final File model = dir.resolve("cost-model.tsv").toFile();
		assertTrue(model.isFile());
		final List<String> lines = Files.readAllLines(model.toPath(), StandardCharsets.UTF_8);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("compute\tfilter.gauss\timglib2\t2\t8\t")), lines.toString());
		final List<String> warnings = new ArrayList<>();
		assertTrue(CostModelFile.load(model, warnings::add, m -> {}).isCalibrated());
		assertEquals(Collections.emptyList(), warnings);
	}

	@Test
	void badOptionsAreRefusedWithTheirValue() {
		assertThrows(IllegalArgumentException.class, () -> BenchSize.parse("12y4"));
		assertThrows(IllegalArgumentException.class, () -> BenchSize.parse("0"));
		assertThrows(IllegalArgumentException.class, () -> BenchSize.parse("512x"));
		assertThrows(IllegalArgumentException.class, () -> BenchSize.parse("8x8x"));
		assertThrows(IllegalArgumentException.class, () -> new BenchCatalog().get("filter.nope"));
		assertEquals("128x128x128", BenchSize.parse("128x128x128").toString());
		assertEquals("512x512", BenchSize.parse(" 512 ").toString());
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final int code = Main.run(Arrays.asList("bench", "--sizes", "12y4"), new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(err));
		assertEquals(2, code);
		assertTrue(err.toString().contains("'12y4'"), err.toString());
	}

	private static int count(final String s, final char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++)
			if (s.charAt(i) == c) n++;
		return n;
	}

	/** Splits one CSV line, honouring quotes. */
	private static List<String> splitCsv(final String line) {
		final List<String> fields = new ArrayList<>();
		final StringBuilder sb = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			final char c = line.charAt(i);
			if (c == '"') quoted = !quoted;
			else if (c == ',' && !quoted) {
				fields.add(sb.toString());
				sb.setLength(0);
			}
			else sb.append(c);
		}
		fields.add(sb.toString());
		return fields;
	}
}
