package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.pipeline.ScratchFolder;
import io.github.fijidispatch.testbackend.TestBackends;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrImages;
import io.github.fijidispatch.zarr.ZarrProvenance;

import com.fasterxml.jackson.databind.JsonNode;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * {@code pipeline} on a small OME-Zarr volume: blur → threshold → label (→ measure) by blocks equals the same calls
 * made one by one on the whole image in memory, bit for bit (labels and the table); the output carries the input's
 * calibration and a provenance listing every step; no scratch folder is left; {@code --check} runs nothing; each
 * kind of bad pipeline is refused on one line naming the file, the step and the problem, and writes nothing.
 */
class PipelineCommandTest {

	private static final long[] DIMS = { 45, 38, 11 };
	private static final List<OmeAxis> AXES = Arrays.asList(new OmeAxis("x", "space", "micrometer", 0.25),
		new OmeAxis("y", "space", "micrometer", 0.25), new OmeAxis("z", "space", "micrometer", 1.5));

	@TempDir
	Path dir;

	@Test
	void blurThresholdLabelMeasureByBlocksEqualsTheCallsOneByOneInMemory() throws Exception {
		final Path in = input();
		final Path labelsFile = pipeline("labels.json", "{\"input\": \"raw\", \"steps\": [" +
			"{\"op\": \"filter.gauss\", \"sigma\": 1.5, \"name\": \"blurred\"}," +
			"{\"op\": \"threshold.auto\", \"method\": \"Otsu\", \"name\": \"mask\"}," +
			"{\"op\": \"label.components\", \"name\": \"labels\"}]}");
		final Path labelsOut = dir.resolve("labels.ome.zarr");
		final CommandLineRun labels = CommandLineRun.of("pipeline", labelsFile.toString(), "-i", in.toString(), "-o",
			labelsOut.toString(), "--block", "16,16,4", "--backend", "imglib2");
		assertEquals(0, labels.code, labels.toString());

		final Path measureFile = pipeline("measure.json", "{\"input\": \"raw\", \"steps\": [" +
			"{\"op\": \"filter.gauss\", \"sigma\": 1.5}," + "{\"op\": \"threshold.auto\", \"method\": \"Otsu\"}," +
			"{\"op\": \"label.components\", \"name\": \"labels\"}," +
			"{\"op\": \"label.measure\", \"inputs\": [\"labels\", \"raw\"]}]}");
		final Path csv = dir.resolve("labels.csv");
		final CommandLineRun measure = CommandLineRun.of("pipeline", measureFile.toString(), "-i", in.toString(), "-o", csv
			.toString(), "--block", "16", "--backend", "imglib2");
		assertEquals(0, measure.code, measure.toString());

		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			final RandomAccessibleInterval<UnsignedShortType> raw = OmeZarrImages.read(in);
			final Object blurred = dispatch.op("filter.gauss").input(raw).set("sigma", 1.5).on("imglib2").run();
			final Object mask = dispatch.op("threshold.auto").input(blurred).set("method", "Otsu").on("imglib2").run();
			final Object expectedLabels = dispatch.op("label.components").input(mask).on("imglib2").run();
			final ResultTable expectedTable = (ResultTable) dispatch.op("label.measure").input(expectedLabels).input(raw).on(
				"imglib2").run();
			final RandomAccessibleInterval<? extends RealType<?>> written = OmeZarrImages.<UnsignedShortType> read(labelsOut);
			assertSamePixels(cast(expectedLabels), written);
			assertTrue(max(written) > 3, "several objects: " + max(written));
			assertEquals(expectedTable.toCsv(), new String(Files.readAllBytes(csv), StandardCharsets.UTF_8));
		}

		final OmeZarrImage image = OmeZarrImage.open(labelsOut);
		assertEquals(AXES.toString(), image.axes().toString(), "the input's calibration is carried");
		final JsonNode provenance = image.provenance();
		assertEquals("pipeline", provenance.path("op").asText(), provenance.toString());
		final JsonNode steps = provenance.path("parameters").path("steps");
		assertEquals(3, steps.size(), provenance.toString());
		assertEquals("filter.gauss", steps.get(0).path("op").asText());
		assertEquals("raw", steps.get(0).path("inputs").get(0).asText());
		assertEquals("Otsu", steps.get(1).path("parameters").path("method").asText(), steps.toString());
		assertEquals("label.components", steps.get(2).path("op").asText());
		assertTrue(steps.get(0).path("backends").path("imglib2").asLong() >= 27, steps.toString());
		assertNoScratch();
	}

	/** Scale and a scaling conversion as pipeline steps: by blocks equal to the calls one by one, calibration divided. */
	@Test
	void scaleThenScalingConversionByBlocksEqualsTheCallsOneByOne() throws Exception {
		final Path in = input();
		final Path file = pipeline("scale.json", "{\"steps\": [" +
			"{\"op\": \"transform.scale\", \"factors\": [0.6, 1.5, 2], \"interpolation\": \"linear\", \"name\": \"scaled\"}," +
			"{\"op\": \"convert.type\", \"target\": \"uint8\", \"scale\": true}]}");
		final Path out = dir.resolve("scaled.ome.zarr");
		final CommandLineRun run = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out.toString(),
			"--block", "12,9,5", "--backend", "imglib2");
		assertEquals(0, run.code, run.toString());
		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			final RandomAccessibleInterval<UnsignedShortType> raw = OmeZarrImages.read(in);
			final Object scaled = dispatch.op("transform.scale").input(raw).set("factors", new double[] { 0.6, 1.5, 2 }).set(
				"interpolation", "linear").on("imglib2").run();
			final Object expected = dispatch.op("convert.type").input(scaled).set("target", "uint8").set("scale", true).on(
				"imglib2").run();
			assertSamePixels(cast(expected), OmeZarrImages.<UnsignedShortType> read(out));
		}
		assertEquals(Arrays.asList(new OmeAxis("x", "space", "micrometer", 0.25 / 0.6), new OmeAxis("y", "space",
			"micrometer", 0.25 / 1.5), new OmeAxis("z", "space", "micrometer", 1.5 / 2)).toString(), OmeZarrImage.open(out)
				.axes().toString(), "pixel sizes divided by the factors");
		assertNoScratch();
	}

	@Test
	void checkPrintsThePlanAndRunsNothing() throws Exception {
		final Path in = input();
		final Path file = pipeline("p.json", "{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 2, \"name\": \"blurred\"}," +
			"{\"op\": \"threshold.value\", \"value\": 1500}]}");
		final Path out = dir.resolve("out.ome.zarr");
		final CommandLineRun check = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out
			.toString(), "--check");
		assertEquals(0, check.code, check.toString());
		assertTrue(check.out.contains("1. blurred = filter.gauss(input)"), check.out);
		assertTrue(check.out.contains("2. step2 = threshold.value(blurred)"), check.out);
		assertTrue(check.out.contains("45x38x11 uint8"), check.out);
		assertFalse(Files.exists(out), "--check writes nothing");
		final CommandLineRun json = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out
			.toString(), "--check", "--json", "--block", "16");
		assertEquals(0, json.code, json.toString());
		final JsonNode plan = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out);
		assertEquals("[16]", plan.path("blockSize").toString(), json.out);
		assertEquals("threshold.value", plan.path("steps").path(1).path("op").asText(), json.out);
		assertEquals("blurred", plan.path("steps").path(1).path("inputs").path(0).asText(), json.out);
		assertNoScratch();
	}

	@Test
	void anIntermediateNamedLikeTheOutputDoesNotClashWithIt() throws Exception {
		final Path in = input();
		final Path file = pipeline("p.json", "{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1, \"name\": " +
			"\"out.ome.zarr\"}, {\"op\": \"threshold.value\", \"value\": 2000, \"inputs\": \"out.ome.zarr\"}]}");
		final Path out = dir.resolve("out.ome.zarr");
		final CommandLineRun run = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out
			.toString(), "--block", "16");
		assertEquals(0, run.code, run.toString());
		final OmeZarrImage written = OmeZarrImage.open(out);
		assertEquals("uint8", written.array().kind().id(), "the output is the last step's mask");
		assertEquals(2, written.provenance().path("parameters").path("steps").size());
		assertNoScratch();
	}

	@Test
	void anUnknownOpIsRefused() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1}, {\"op\": \"filter.blurr\"}]}",
			"step 2 (filter.blurr): unknown op 'filter.blurr'");
	}

	@Test
	void anIllegalParameterIsRefusedWithTheOpsOwnMessage() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": -1}]}", "step 1 (filter.gauss): ", "sigma");
	}

	@Test
	void anUnknownParameterIsRefused() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1, \"radius\": 3}]}", "step 1 (filter.gauss): ",
			"radius");
	}

	@Test
	void theBlockEnginesInternalParametersAreRefusedAsUnknown() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"transform.scale\", \"factors\": 0.5, \"outputSize\": [4, 4, 4]}]}",
			"step 1 (transform.scale): ", "unknown parameter 'outputSize'");
	}

	@Test
	void anUnknownReferenceIsRefused() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1, \"name\": \"blurred\"}," +
			"{\"op\": \"math.add\", \"inputs\": [\"blurred\", \"smoothed\"]}]}",
			"step 2 (math.add): unknown reference 'smoothed'; known here: input, blurred");
	}

	@Test
	void aTableFeedingAnImageOpIsRefused() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"measure.stats\", \"name\": \"stats\"}," +
			"{\"op\": \"filter.gauss\", \"sigma\": 1, \"inputs\": \"stats\"}]}",
			"step 2 (filter.gauss): input 'stats' is the table of step 1, not an image");
	}

	@Test
	void anImageThatDoesNotFitTheOpIsRefused() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"transform.crop\", \"size\": [10, 10, 5]," +
			"\"name\": \"small\"}, {\"op\": \"math.add\", \"inputs\": [\"small\", \"input\"]}]}", "step 2 (math.add): ");
	}

	@Test
	void anUnknownBackendOfAStepIsRefused() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1, \"backend\": \"cuda\"}]}",
			"step 1 (filter.gauss): unknown backend 'cuda'");
	}

	@Test
	void aFileThatIsNotJsonIsRefused() throws Exception {
		assertRefused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1}", "bad.json: not valid JSON");
	}

	@Test
	void anExistingOutputAndTheInputAsOutputAreRefused() throws Exception {
		final Path in = input();
		final Path file = pipeline("p.json", "{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1}]}");
		final CommandLineRun same = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", in
			.toString(), "--overwrite");
		assertEquals(2, same.code, same.toString());
		assertTrue(same.err.contains("is the input"), same.err);
		final Path out = dir.resolve("out.ome.zarr");
		assertEquals(0, CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out.toString()).code);
		final CommandLineRun again = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out
			.toString());
		assertEquals(2, again.code, again.toString());
		assertTrue(again.err.contains("already holds data (refused unless --overwrite)"), again.err);
		assertEquals(0, CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out.toString(),
			"--overwrite").code);
		assertNoScratch();
	}

	@Test
	void aFailedRunLeavesNoCompletionMarkerAndNoScratchFolder() throws Exception {
		final Path in = input();
		// NB: test-failing says yes to every gauss block, then throws: step 2 fails after step 1 wrote its result
		final Path file = pipeline("p.json", "{\"steps\": [{\"op\": \"math.add_scalar\", \"value\": 1}," +
			"{\"op\": \"filter.gauss\", \"sigma\": 1, \"backend\": \"test-failing\"}]}");
		final Path out = dir.resolve("out.ome.zarr");
		final CommandLineRun failed;
		TestBackends.enable();
		try {
			failed = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out.toString(), "--block",
				"16");
		}
		finally {
			TestBackends.disable();
		}
		assertEquals(1, failed.code, failed.toString());
		assertTrue(failed.err.contains("simulated driver fault"), failed.err);
		assertTrue(failed.err.contains("filter.gauss"), "step 2 failed: " + failed.err);
		if (Files.exists(out)) assertFalse(isComplete(out), "no completion marker in " + out);
		assertNoScratch();
	}

	// -- Helpers --

	private void assertRefused(final String json, final String... expected) throws IOException {
		final Path in = input();
		final Path file = pipeline("bad.json", json);
		final Path out = dir.resolve("refused.ome.zarr");
		final CommandLineRun run = CommandLineRun.of("pipeline", file.toString(), "-i", in.toString(), "-o", out
			.toString());
		assertEquals(2, run.code, run.toString());
		assertTrue(run.errIsOneLine(), run.toString());
		assertTrue(run.err.contains(file.toString()), "names the file: " + run.err);
		for (final String e : expected)
			assertTrue(run.err.contains(e), "'" + e + "' in: " + run.err);
		assertFalse(Files.exists(out), "nothing written");
		assertNoScratch();
	}

	private static boolean isComplete(final Path p) {
		try {
			OmeZarrImage.open(p);
			return true;
		}
		catch (final IOException e) {
			return false;
		}
	}

	private void assertNoScratch() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			final List<Path> left = s.filter(p -> p.getFileName().toString().contains(ScratchFolder.MARK)).collect(
				Collectors.toList());
			assertTrue(left.isEmpty(), "scratch folders left: " + left);
		}
	}

	private Path pipeline(final String name, final String json) throws IOException {
		final Path file = dir.resolve(name);
		Files.write(file, json.getBytes(StandardCharsets.UTF_8));
		return file;
	}

	/** Bright blobs of several sizes on a ramp with deterministic noise, as calibrated OME-Zarr (chunks of 10^3). */
	private Path input() throws IOException {
		final Path in = dir.resolve("in.ome.zarr");
		if (Files.exists(in)) return in;
		final ArrayImg<UnsignedShortType, ShortArray> img = ArrayImgs.unsignedShorts(DIMS);
		final double[][] blobs = { { 8, 8, 3, 4 }, { 30, 10, 5, 5 }, { 12, 28, 7, 3 }, { 36, 30, 4, 6 }, { 22, 20, 8, 2.5 },
			{ 40, 4, 9, 2 } };
		final Cursor<UnsignedShortType> c = img.localizingCursor();
		long seed = 12345;
		while (c.hasNext()) {
			c.fwd();
			double v = 1000 + 10 * c.getDoublePosition(0);
			for (final double[] b : blobs) {
				final double dx = c.getDoublePosition(0) - b[0], dy = c.getDoublePosition(1) - b[1], dz = (c
					.getDoublePosition(2) - b[2]) * 2;
				if (dx * dx + dy * dy + dz * dz <= b[3] * b[3]) v += 3000;
			}
			seed = seed * 6364136223846793005L + 1442695040888963407L;
			v += (seed >>> 54) % 400;
			c.get().set((int) v);
		}
		OmeZarrImages.write(img, in, AXES, new int[] { 10, 10, 10 }, ChunkCodecs.named("zlib:1"), false,
			new ZarrProvenance("test", Collections.<String, Object> emptyMap(), Collections.<String, Long> emptyMap(),
				"PipelineCommandTest"));
		return in;
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> cast(final Object image) {
		return (RandomAccessibleInterval<? extends RealType<?>>) image;
	}

	private static double max(final RandomAccessibleInterval<? extends RealType<?>> image) {
		double m = 0;
		for (final RealType<?> t : Views.flatIterable(image))
			m = Math.max(m, t.getRealDouble());
		return m;
	}

	private static void assertSamePixels(final RandomAccessibleInterval<? extends RealType<?>> expected,
		final RandomAccessibleInterval<? extends RealType<?>> actual)
	{
		assertEquals(Arrays.toString(expected.dimensionsAsLongArray()), Arrays.toString(actual.dimensionsAsLongArray()));
		assertEquals(expected.getType().getClass(), actual.getType().getClass());
		final Cursor<? extends RealType<?>> e = Views.flatIterable(expected).cursor();
		final Cursor<? extends RealType<?>> a = Views.flatIterable(Views.zeroMin(actual)).cursor();
		long i = 0;
		while (e.hasNext()) {
			final double ev = e.next().getRealDouble();
			final double av = a.next().getRealDouble();
			if (ev != av) throw new AssertionError("pixel " + i + ": expected " + ev + ", got " + av);
			i++;
		}
	}
}
