package io.github.fijidispatch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.fijidispatch.conformance.Checksums;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.ij.ImagePlusImages;
import ij.IJ;
import ij.ImagePlus;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The real host: Debian's ImageJ 1 app ({@code /usr/share/java/ij.jar},
 * 1.53t, installed by {@code scripts/test}) under Xvfb, started as
 * {@code java -cp ij.jar ij.ImageJ -ijpath DIR -batch ops.ijm}, where DIR was
 * filled only by the install under test: the documented
 * {@code scripts/fiji-dispatch install-imagej1 DIR}, or an installation from
 * a freshly built update site by an independent implementation of the
 * updater's rules ({@link IndependentUpdater}). The macro runs op commands by
 * label (2D and 3D, one on CLIJ2), {@code Dispatch Options} and a recorded
 * line replayed; every result is checked against the reference backend run
 * here, by size, type and checksum, and carries its provenance.
 * NB: the only other entry on ImageJ's class path is a folder holding just {@link RecorderProbe}.
 */
class RealImageJ1IT {

	private static final File IJ_JAR = new File("/usr/share/java/ij.jar");
	private static final File ROOT = new File(System.getProperty("user.dir"));

	@TempDir
	static Path tmp;

	private static Context context;
	private static DispatchService dispatch;

	@BeforeAll
	static void realImageJ1IsHere() {
		final boolean ci = System.getenv("CI") != null;
		final boolean present = IJ_JAR.isFile() && new File("/usr/bin/xvfb-run").canExecute();
		if (ci) assertTrue(present, "CI: Debian's imagej and xvfb must be installed (scripts/test installs them)");
		assumeTrue(present, "no real ImageJ 1 here: apt-get install imagej xvfb (scripts/test does)");
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void dispose() {
		if (context != null) context.dispose();
	}

	@Test
	void theInstallCommandMakesARealImageJ1RunTheCommands() throws Exception {
		final File dir = tmp.resolve("imagej1").toFile();
		final String installed = run(ROOT, 120, new File(ROOT, "scripts/fiji-dispatch").getPath(), "install-imagej1", dir.getPath());
		assertTrue(new File(dir, "plugins/" + pluginJar().getName()).isFile(), installed);
		checkMacroRun(dir, tmp.resolve("out-install").toFile());
	}

	@Test
	void anInstallationFromTheUpdateSiteRunsTheCommands() throws Exception {
		final File site = tmp.resolve("site").toFile();
		run(ROOT, 120, new File(ROOT, "scripts/make-update-site").getPath(), site.getPath());
		final File dir = tmp.resolve("imagej1-from-site").toFile();
		final List<String> files = IndependentUpdater.install(site, dir, fijiSitesStandIn());
		assertTrue(files.contains("plugins/" + pluginJar().getName()), files.toString());
		checkMacroRun(dir, tmp.resolve("out-site").toFile());

		// A second, changed release into the same site keeps the first as previous-version, its file untouched.
		final File stored = new File(site, "plugins/" + pluginJar().getName() + "-" + IndependentUpdater.timestamp(site));
		final byte[] released = Files.readAllBytes(stored.toPath());
		final File next = IndependentUpdater.changedCopy(pluginJar(), tmp.resolve("next").toFile());
		run(ROOT, 120, "java", "-cp", System.getProperty("java.class.path"), "io.github.fijidispatch.fiji.site.MakeUpdateSite",
			site.getPath(), next.getPath());
		assertEquals(1, IndependentUpdater.previousVersions(site), "a previous-version record");
		assertTrue(Arrays.equals(released, Files.readAllBytes(stored.toPath())), "the released file is unchanged");
	}

	/**
	 * Every op, by its menu label with its macro keys, in the real ImageJ 1: the
	 * first conformance case of each op (a seeded 2D image, or a mask or labels
	 * where the op needs them, and a valid parameter set) is saved as TIFF, a
	 * generated macro opens it and runs the command, and the result must equal
	 * the reference backend's (checksum), or for tables have its row count.
	 */
	@Test
	void everyOpRunsByItsLabelFromABatchMacro() throws Exception {
		final File dir = tmp.resolve("imagej1-every-op").toFile();
		run(ROOT, 120, new File(ROOT, "scripts/fiji-dispatch").getPath(), "install-imagej1", dir.getPath());
		final File out = tmp.resolve("out-every-op").toFile();
		assertTrue(out.mkdirs());
		final StringBuilder macro = new StringBuilder("setBatchMode(true);\n");
		final Map<String, Object> expected = new HashMap<>();
		for (final io.github.fijidispatch.op.Op op : dispatch.ops()) {
			final List<io.github.fijidispatch.conformance.ConformanceCase> cases = io.github.fijidispatch.conformance.ConformanceCases.of(op);
			assertFalse(cases.isEmpty(), op.id());
			final io.github.fijidispatch.conformance.ConformanceCase c = cases.get(0);
			final String tag = op.id().replace('.', '_');
			final StringBuilder options = new StringBuilder();
			for (int i = 0; i < c.inputs().size(); i++) {
				final String title = tag + "_in" + i;
				IJ.saveAsTiff(ImagePlusImages.toImagePlus(c.inputs().get(i), title), new File(out, title + ".tif").getPath());
				macro.append("open(\"").append(new File(out, title + ".tif").getPath()).append("\"); rename(\"").append(title).append("\");\n");
				if (c.inputs().size() > 1) options.append(op.inputNames().get(i)).append('=').append(title).append(' ');
			}
			for (final Map.Entry<String, Object> e : c.params().entrySet()) {
				if (e.getValue() instanceof Boolean) {
					if ((Boolean) e.getValue()) options.append(e.getKey()).append(' ');
				}
				else options.append(e.getKey()).append('=').append(io.github.fijidispatch.op.ParameterSpec.toText(e.getValue())).append(' ');
			}
			options.append("backend=imglib2");
			macro.append("selectImage(\"").append(tag).append("_in0\");\n");
			macro.append("run(\"").append(io.github.fijidispatch.fiji.DispatchMenus.commandLabel(op)).append("\", \"").append(options)
				.append("\");\n");
			final Object reference = dispatch.op(op.id()).inputs(c.inputArray()).set(c.params()).on("imglib2").run();
			if (op.outputKind() == io.github.fijidispatch.op.OutputKind.TABLE) {
				macro.append("print(\"FACT rows.").append(tag).append("=\" + nResults);\nrun(\"Clear Results\");\n");
				expected.put(tag, ((io.github.fijidispatch.op.ResultTable) reference).rowCount());
			}
			else {
				macro.append("saveAs(\"Tiff\", \"").append(new File(out, tag + ".tif").getPath()).append("\");\n");
				expected.put(tag, reference);
			}
			macro.append("print(\"FACT ran.").append(tag).append("=true\");\n");
		}
		macro.append("print(\"FACT done=true\");\n");
		final File macroFile = new File(out, "every-op.ijm");
		Files.write(macroFile.toPath(), macro.toString().getBytes(StandardCharsets.UTF_8));
		final String log = run(dir, 300, "xvfb-run", "-a", "java", "-Xss4m", "-cp", IJ_JAR.getPath(), "ij.ImageJ", "-ijpath",
			dir.getPath(), "-batch", macroFile.getPath());
		final Map<String, String> facts = facts(log);
		assertEquals("true", facts.get("done"), "the macro did not finish:\n" + log);
		assertFalse(log.contains("Unrecognized command"), log);
		assertEquals(37, expected.size(), "every op of the catalog");
		for (final Map.Entry<String, Object> e : expected.entrySet()) {
			assertEquals("true", facts.get("ran." + e.getKey()), e.getKey() + " did not run:\n" + log);
			if (e.getValue() instanceof Integer) assertEquals(String.valueOf(e.getValue()), facts.get("rows." + e.getKey()), e.getKey());
			else {
				@SuppressWarnings("unchecked")
				final RandomAccessibleInterval<? extends RealType<?>> ref = (RandomAccessibleInterval<? extends RealType<?>>) e.getValue();
				same(ref, open(out, e.getKey() + ".tif"));
			}
		}
	}

	/**
	 * A calibrated 5D hyperstack (12×10, 2 channels, 3 slices, 2 frames, 16-bit) in the real ImageJ 1: a batch
	 * macro runs Gaussian Blur and Max Projection by label and saves them; each result keeps the layout and the
	 * calibration, and each volume (ImageJ's Duplicator) equals the reference run on that volume; statistics give
	 * one row per channel and frame.
	 */
	@Test
	void aHyperstackRunsPerVolumeFromABatchMacro() throws Exception {
		final File dir = tmp.resolve("imagej1-hyperstack").toFile();
		run(ROOT, 120, new File(ROOT, "scripts/fiji-dispatch").getPath(), "install-imagej1", dir.getPath());
		final File out = tmp.resolve("out-hyperstack").toFile();
		assertTrue(out.mkdirs());
		final ImagePlus hs = IJ.createHyperStack("hs", 12, 10, 2, 3, 2, 16);
		final java.util.Random random = new java.util.Random(3);
		for (int s = 1; s <= hs.getStackSize(); s++) {
			final short[] pixels = (short[]) hs.getStack().getPixels(s);
			for (int i = 0; i < pixels.length; i++)
				pixels[i] = (short) random.nextInt(4000);
		}
		hs.getCalibration().pixelWidth = 0.5;
		hs.getCalibration().pixelDepth = 2;
		hs.getCalibration().setUnit("micron");
		final File input = new File(out, "hs.tif");
		assertTrue(IJ.saveAsTiff(hs, input.getPath()));
		final String macro = "setBatchMode(true);\nopen(\"" + input.getPath() + "\");\n" +
			"run(\"Gaussian Blur (Dispatch)\", \"sigma=1 backend=imglib2\");\nsaveAs(\"Tiff\", \"" + new File(out,
				"gauss.tif").getPath() + "\");\nopen(\"" + input.getPath() + "\");\n" +
			"run(\"Max Projection (Dispatch)\", \"axis=z backend=imglib2\");\nsaveAs(\"Tiff\", \"" + new File(out,
				"max.tif").getPath() + "\");\nopen(\"" + input.getPath() + "\");\n" +
			"run(\"Image Statistics (Dispatch)\", \"backend=imglib2\");\nprint(\"FACT rows=\" + nResults);\n" +
			"print(\"FACT lastRow=\" + getResult(\"channel\", nResults - 1) + \",\" + getResult(\"frame\", nResults - 1));\n" +
			"print(\"FACT done=true\");\n";
		final File macroFile = new File(out, "hyperstack.ijm");
		Files.write(macroFile.toPath(), macro.getBytes(StandardCharsets.UTF_8));
		final String log = run(dir, 300, "xvfb-run", "-a", "java", "-cp", IJ_JAR.getPath(), "ij.ImageJ", "-ijpath",
			dir.getPath(), "-batch", macroFile.getPath());
		final Map<String, String> facts = facts(log);
		assertEquals("true", facts.get("done"), "the macro did not finish:\n" + log);
		assertEquals("4", facts.get("rows"), log);
		assertEquals("2,2", facts.get("lastRow"), log);
		final ImagePlus source = IJ.openImage(input.getPath());
		final ImagePlus gauss = open(out, "gauss.tif");
		final ImagePlus max = open(out, "max.tif");
		assertEquals("2 3 2 true", gauss.getNChannels() + " " + gauss.getNSlices() + " " + gauss.getNFrames() + " " +
			gauss.isHyperStack());
		assertEquals("2 1 2 true", max.getNChannels() + " " + max.getNSlices() + " " + max.getNFrames() + " " +
			max.isHyperStack());
		for (final ImagePlus result : new ImagePlus[] { gauss, max })
			assertEquals("0.5 2.0 " + source.getCalibration().getUnit(), result.getCalibration().pixelWidth + " " + result
				.getCalibration().pixelDepth + " " + result.getCalibration().getUnit(), result.getTitle());
		for (int c = 1; c <= 2; c++)
			for (int t = 1; t <= 2; t++) {
				final ImagePlus volume = new ij.plugin.Duplicator().run(source, c, c, 1, 3, t, t);
				same(reference("filter.gauss", volume, "sigma", 1), new ij.plugin.Duplicator().run(gauss, c, c, 1, 3, t, t));
				same(reference("project.max", volume, "axis", "z"), new ij.plugin.Duplicator().run(max, c, c, 1, 1, t, t));
			}
	}

	/**
	 * The OME-Zarr commands in the real ImageJ 1, from a batch macro: Run Op on OME-Zarr... by blocks from a 3D
	 * OME-Zarr volume (made here, chunks smaller than the blocks) to an OME-Zarr folder, read back with the suite's
	 * reader and equal to the whole-volume reference; a table op into the Results table; Run Pipeline on OME-Zarr...
	 * with a pipeline file; Open OME-Zarr... shows the written volume (a plane's pixel checked); then a second macro with a missing input, and a third with a bad op parameter, end with the
	 * error message, not a dialog and not a stack trace.
	 */
	@Test
	void theOmeZarrCommandsRunFromABatchMacro() throws Exception {
		final File dir = tmp.resolve("imagej1-zarr").toFile();
		run(ROOT, 120, new File(ROOT, "scripts/fiji-dispatch").getPath(), "install-imagej1", dir.getPath());
		final File out = tmp.resolve("out-zarr").toFile();
		assertTrue(out.mkdirs());
		final net.imglib2.img.array.ArrayImg<net.imglib2.type.numeric.integer.UnsignedShortType, ?> volume =
			net.imglib2.img.array.ArrayImgs.unsignedShorts(30, 22, 12);
		final java.util.Random random = new java.util.Random(11);
		for (final net.imglib2.type.numeric.integer.UnsignedShortType t : volume)
			t.set(random.nextInt(3000));
		final Path in = tmp.resolve("out-zarr/in.ome.zarr");
		writeZarr(volume, in, "zlib:1");
		final Path gauss = tmp.resolve("out-zarr/gauss.ome.zarr");
		final Path pipelineFile = tmp.resolve("out-zarr/steps.json");
		Files.write(pipelineFile, ("{\"input\": \"raw\", \"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1.5}, " +
			"{\"op\": \"threshold.auto\", \"method\": \"Otsu\"}]}").getBytes(StandardCharsets.UTF_8));
		final Path piped = tmp.resolve("out-zarr/mask.ome.zarr");
		final String macro = "setBatchMode(true);\n" +
			"run(\"Run Op on OME-Zarr...\", \"input=" + in + " output=" + gauss + " op=filter.gauss block=16,16,8 " +
			"backend=imglib2 sigma=1.5\");\nprint(\"FACT gauss=true\");\n" +
			"run(\"Run Op on OME-Zarr...\", \"input=" + in + " op=measure.stats block=16\");\n" +
			"print(\"FACT rows=\" + nResults);\nprint(\"FACT max=\" + getResult(\"max\", 0));\n" +
			"run(\"Run Pipeline on OME-Zarr...\", \"pipeline=" + pipelineFile + " input=" + in + " output=" + piped +
			" block=16\");\nprint(\"FACT pipeline=true\");\n" +
			"run(\"Open OME-Zarr...\", \"input=" + gauss + "\");\nprint(\"FACT openedSlices=\" + nSlices);\n" +
			"print(\"FACT openedTitle=\" + getTitle());\nsetSlice(5);\nprint(\"FACT openedPixel=\" + getPixel(7, 9));\n" +
			"print(\"FACT done=true\");\n";
		final File macroFile = new File(out, "zarr.ijm");
		Files.write(macroFile.toPath(), macro.getBytes(StandardCharsets.UTF_8));
		final String log = run(dir, 300, "xvfb-run", "-a", "java", "-cp", IJ_JAR.getPath(), "ij.ImageJ", "-ijpath",
			dir.getPath(), "-batch", macroFile.getPath());
		final Map<String, String> facts = facts(log);
		assertEquals("true", facts.get("done"), "the macro did not finish:\n" + log);
		assertFalse(log.contains("Unrecognized command"), log);
		final RandomAccessibleInterval<? extends RealType<?>> expected = dispatch.op("filter.gauss").input(volume).set(
			"sigma", 1.5).on("imglib2").run();
		final RandomAccessibleInterval<? extends RealType<?>> written = readZarr(gauss);
		assertEquals(Arrays.toString(expected.dimensionsAsLongArray()), Arrays.toString(written.dimensionsAsLongArray()));
		assertEquals(Checksums.of(expected), Checksums.of(written), "blockwise in the real host = whole-volume reference");
		assertEquals("filter.gauss", io.github.fijidispatch.zarr.OmeZarrImage.open(gauss).provenance().path("op")
			.asText());
		assertEquals("1", facts.get("rows"), log);
		assertEquals(dispatch.op("measure.stats").input(volume).runTable().get(0, "max"), Double.parseDouble(facts.get(
			"max")), 0, log);
		final RandomAccessibleInterval<? extends RealType<?>> mask = dispatch.op("threshold.auto").input(expected).set(
			"method", "Otsu").on("imglib2").run();
		assertEquals(Checksums.of(mask), Checksums.of(readZarr(piped)), log);
		assertEquals("12", facts.get("openedSlices"), "Open OME-Zarr... shows the written volume:\n" + log);
		assertEquals("gauss.ome.zarr", facts.get("openedTitle"), log);
		final net.imglib2.RandomAccess<? extends RealType<?>> at = written.randomAccess();
		at.setPosition(new long[] { 7, 9, 4 });
		assertEquals(at.get().getRealDouble(), Double.parseDouble(facts.get("openedPixel")), 0, log);

		final File badMacro = new File(out, "zarr-bad.ijm");
		Files.write(badMacro.toPath(), ("setBatchMode(true);\nrun(\"Run Op on OME-Zarr...\", \"input=" + tmp.resolve(
			"out-zarr/missing.ome.zarr") + " output=" + tmp.resolve("out-zarr/never.ome.zarr") + " op=filter.gauss " +
			"sigma=2\");\nprint(\"FACT notReached=true\");\n").getBytes(StandardCharsets.UTF_8));
		final String badLog = run(dir, 120, "xvfb-run", "-a", "java", "-cp", IJ_JAR.getPath(), "ij.ImageJ", "-ijpath",
			dir.getPath(), "-batch", badMacro.getPath());
		assertTrue(badLog.contains("missing.ome.zarr"), "the error names the input:\n" + badLog);
		assertFalse(facts(badLog).containsKey("notReached"), "the macro stops at the error:\n" + badLog);
		assertFalse(Files.exists(tmp.resolve("out-zarr/never.ome.zarr")), "nothing written for a refused call");
		assertNoStackTrace(badLog);

		final File badOpMacro = new File(out, "op-bad.ijm");
		Files.write(badOpMacro.toPath(), ("setBatchMode(true);\nnewImage(\"a\", \"8-bit ramp\", 16, 16, 1);\n" +
			"run(\"Gaussian Blur (Dispatch)\", \"sigma=-2\");\nprint(\"FACT notReached=true\");\n").getBytes(
				StandardCharsets.UTF_8));
		final String badOpLog = run(dir, 120, "xvfb-run", "-a", "java", "-cp", IJ_JAR.getPath(), "ij.ImageJ", "-ijpath",
			dir.getPath(), "-batch", badOpMacro.getPath());
		assertTrue(badOpLog.contains("Fiji Dispatch: Gaussian Blur (Dispatch): filter.gauss: parameter 'sigma' = \"-2\" " +
			"is not allowed"), "the error names the command as the macro called it, the op, the parameter and the " +
				"value:\n" + badOpLog);
		assertFalse(facts(badOpLog).containsKey("notReached"), "the macro stops at the error:\n" + badOpLog);
		assertNoStackTrace(badOpLog);

		// NB: ImageJ's call(...) prints the stack trace of what a function throws and goes on with the macro. Under
		// -batch, call finds plugin classes only once a first run(...) has built ImageJ's command table (README).
		final File badCallMacro = new File(out, "call-bad.ijm");
		Files.write(badCallMacro.toPath(), ("run(\"Close All\");\ncall(\"io.github.fijidispatch.fiji.MacroFunctions" +
			".prefer\", \"nope\");\nprint(\"FACT notReached=true\");\n").getBytes(StandardCharsets.UTF_8));
		final String badCallLog = run(dir, 120, "xvfb-run", "-a", "java", "-cp", IJ_JAR.getPath(), "ij.ImageJ",
			"-ijpath", dir.getPath(), "-batch", badCallMacro.getPath());
		assertTrue(badCallLog.contains("Fiji Dispatch: MacroFunctions.prefer: unknown backend 'nope'"), "the error " +
			"names the function and the value:\n" + badCallLog);
		assertFalse(facts(badCallLog).containsKey("notReached"), "the macro stops at the error:\n" + badCallLog);
		assertNoStackTrace(badCallLog);

		// NB: the written volume declared 65536 × 4096 × 4096 (2 TiB of uint16; missing chunks read as the fill value)
		final Path huge = tmp.resolve("out-zarr/huge.ome.zarr");
		writeZarr(volume, huge, "raw");
		final Path header = huge.resolve("0/.zarray");
		final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		final com.fasterxml.jackson.databind.node.ObjectNode zarray = (com.fasterxml.jackson.databind.node.ObjectNode) json
			.readTree(header.toFile());
		zarray.putArray("shape").add(65536).add(4096).add(4096);
		json.writeValue(header.toFile(), zarray);
		final File hugeMacro = new File(out, "huge.ijm");
		Files.write(hugeMacro.toPath(), ("setBatchMode(true);\nrun(\"Open OME-Zarr...\", \"input=" + huge + "\");\n" +
			"print(\"FACT hugeSlices=\" + nSlices);\nrun(\"Gaussian Blur (Dispatch)\", \"sigma=2\");\n" +
			"print(\"FACT notReached=true\");\n").getBytes(StandardCharsets.UTF_8));
		final String hugeLog = run(dir, 120, "xvfb-run", "-a", "java", "-cp", IJ_JAR.getPath(), "ij.ImageJ", "-ijpath",
			dir.getPath(), "-batch", hugeMacro.getPath());
		assertEquals("65536", facts(hugeLog).get("hugeSlices"), "the volume opens as a virtual stack:\n" + hugeLog);
		assertTrue(hugeLog.contains("filter.gauss: image 'huge.ome.zarr' is too large for ImageJ's memory") && hugeLog
			.contains("Run Op on OME-Zarr..."), "refused before reading, saying what to do:\n" + hugeLog);
		assertFalse(hugeLog.contains("OutOfMemoryError") || hugeLog.contains("out of memory"), hugeLog);
		assertFalse(facts(hugeLog).containsKey("notReached"), "the macro stops at the refusal:\n" + hugeLog);
		assertNoStackTrace(hugeLog);
	}

	/** Writes a test input as OME-Zarr, in chunks of 8 × 8 × 4, compressed as {@code compressor} names. */
	private static <T extends RealType<T> & net.imglib2.type.NativeType<T>> void writeZarr(
		final RandomAccessibleInterval<T> volume, final Path path, final String compressor) throws Exception
	{
		io.github.fijidispatch.zarr.OmeZarrImages.write(volume, path, null, new int[] { 8, 8, 4 },
			io.github.fijidispatch.zarr.ChunkCodecs.named(compressor), false, new io.github.fijidispatch.zarr.ZarrProvenance(
				"test input", java.util.Collections.<String, Object> emptyMap(), java.util.Collections
					.<String, Long> emptyMap(), "test"));
	}

	/** A failed command shows its message only: not SciJava's "Command errored" log with the Java stack trace. */
	private static void assertNoStackTrace(final String log) {
		assertFalse(log.contains("Command errored") || log.contains("\tat "), "no stack trace:\n" + log);
	}

	/**
	 * Larger than memory in the real ImageJ 1: ImageJ runs with {@code -Xmx48m} and a batch macro runs
	 * {@code math.add_scalar} through Run Op on OME-Zarr... on a 1024×768×256 uint16 OME-Zarr volume (384 MiB, 8× the
	 * heap; 64³ chunks, written here block by block) by 64³ blocks; sampled output chunks equal the input plus the
	 * value, and the output is complete with its provenance.
	 */
	@Test
	void aVolumeOfEightHeapsRunsFromTheMenuCommandInABatchMacro() throws Exception {
		final File dir = tmp.resolve("imagej1-zarr-big").toFile();
		run(ROOT, 120, new File(ROOT, "scripts/fiji-dispatch").getPath(), "install-imagej1", dir.getPath());
		final long[] dims = { 1024, 768, 256 };
		final int[] chunk = { 64, 64, 64 };
		final long heap = 48L << 20;
		assertTrue(dims[0] * dims[1] * dims[2] * 2 >= 8 * heap, "the volume is at least 8 heaps");
		final Path in = tmp.resolve("big-in.ome.zarr");
		final Path out = tmp.resolve("big-out.ome.zarr");
		final io.github.fijidispatch.zarr.ChunkCodec codec = io.github.fijidispatch.zarr.ChunkCodecs.named("zlib:1");
		final io.github.fijidispatch.zarr.OmeZarrWriter writer = io.github.fijidispatch.zarr.OmeZarrWriter.create(in, dims,
			io.github.fijidispatch.op.PixelKind.UINT16, io.github.fijidispatch.zarr.OmeAxis.spatial(3), chunk, codec, false);
		final short[] data = new short[chunk[0] * chunk[1] * chunk[2]];
		for (long z0 = 0; z0 < dims[2]; z0 += chunk[2])
			for (long y0 = 0; y0 < dims[1]; y0 += chunk[1])
				for (long x0 = 0; x0 < dims[0]; x0 += chunk[0]) {
					fill(data, x0, y0, z0, chunk, 0);
					writer.array().write(new long[] { x0, y0, z0 }, chunk, data);
				}
		writer.complete(new io.github.fijidispatch.zarr.ZarrProvenance("test input", java.util.Collections
			.<String, Object> emptyMap(), java.util.Collections.<String, Long> emptyMap(), "RealImageJ1IT"));
		final File macroFile = tmp.resolve("big.ijm").toFile();
		Files.write(macroFile.toPath(), ("setBatchMode(true);\nrun(\"Run Op on OME-Zarr...\", \"input=" + in + " output=" +
			out + " op=math.add_scalar block=64 compressor=zlib:1 backend=imglib2 value=5\");\nprint(\"FACT done=true\");\n")
			.getBytes(StandardCharsets.UTF_8));
		final String log = run(dir, 600, "xvfb-run", "-a", "java", "-Xmx" + (heap >> 20) + "m", "-cp", IJ_JAR.getPath(),
			"ij.ImageJ", "-ijpath", dir.getPath(), "-batch", macroFile.getPath());
		assertEquals("true", facts(log).get("done"), "the macro did not finish:\n" + log);
		final io.github.fijidispatch.zarr.OmeZarrImage written = io.github.fijidispatch.zarr.OmeZarrImage.open(out);
		assertEquals("math.add_scalar", written.provenance().path("op").asText(), written.provenance().toString());
		assertEquals(768, written.provenance().path("backends").path("imglib2").asLong(), written.provenance().toString());
		final short[] expected = new short[data.length];
		final short[] actual = new short[data.length];
		for (final long[] at : new long[][] { { 0, 0, 0 }, { 960, 704, 192 }, { 512, 320, 128 }, { 64, 640, 0 } }) {
			fill(expected, at[0], at[1], at[2], chunk, 5);
			written.array().read(at, chunk, actual);
			assertTrue(Arrays.equals(expected, actual), "chunk at " + Arrays.toString(at));
		}
	}

	/** A chunk of the big volume: a value that differs along every axis (plus {@code add}). */
	private static void fill(final short[] data, final long x0, final long y0, final long z0, final int[] chunk,
		final int add)
	{
		int i = 0;
		for (int z = 0; z < chunk[2]; z++)
			for (int y = 0; y < chunk[1]; y++)
				for (int x = 0; x < chunk[0]; x++)
					data[i++] = (short) (((x0 + x) * 7 + (y0 + y) * 13 + (z0 + z) * 29) % 60000 + add);
	}

	/** An OME-Zarr image read whole with the suite's reader. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static RandomAccessibleInterval<? extends RealType<?>> readZarr(final Path path) throws IOException {
		final RandomAccessibleInterval image = io.github.fijidispatch.zarr.OmeZarrImages.read(path);
		return image;
	}

	private static void checkMacroRun(final File dir, final File out) throws Exception {
		assertTrue(out.mkdirs());
		final File macro = new File(ROOT, "src/test/resources/real-imagej1/ops.ijm");
		final String log = run(dir, 300, "xvfb-run", "-a", "java", "-Xss4m", "-cp", IJ_JAR.getPath() + File.pathSeparator +
			probeFolder().getPath(), "ij.ImageJ", "-ijpath", dir.getPath(), "-batch", macro.getPath(), out.getPath());
		final Map<String, String> facts = facts(log);
		assertEquals("true", facts.get("done"), "the macro did not finish:\n" + log);
		assertFalse(log.contains("Unrecognized command"), log);
		assertEquals("priority=imglib2 mode=priority fallback=true macro-preference=none", facts.get("settings"), log);
		assertEquals("imglib2", facts.get("gaussBackend"), log);
		assertEquals("clij2", facts.get("medianBackend"), log);
		assertEquals("run(\"Minimum (Dispatch)\", \"radius=2 shape=box backend=auto\");", facts.get("recorded"), log);

		final ImagePlus in2d = open(out, "in2d.tif");
		final ImagePlus in3d = open(out, "in3d.tif");
		final ImagePlus otsu = open(out, "otsu2d.tif");
		same(reference("filter.gauss", in2d, "sigma", 2.0), open(out, "gauss2d.tif"));
		same(reference("threshold.auto", in2d, "method", "Otsu"), otsu);
		same(reference("label.components", otsu, "connectivity", "full"), open(out, "labels2d.tif"));
		final ImagePlus median = open(out, "median3d.tif");
		same(reference("filter.median", in3d, "radius", 1), median);
		same(reference("project.max", in3d), open(out, "max3d.tif"));
		final ImagePlus recorded = open(out, "recorded.tif");
		same(reference("filter.min", in2d, "radius", 2), recorded);
		same(ImagePlusImages.wrap(recorded), open(out, "replayed.tif"));

		// Provenance, read back from the saved file.
		assertEquals("filter.median", median.getStringProperty("DispatchOp"));
		assertEquals("clij2", median.getStringProperty("DispatchBackend"));
		assertEquals("radius=1 shape=box", median.getStringProperty("DispatchParameters"));
		assertEquals("no", median.getStringProperty("DispatchFallback"));
		assertNotNull(median.getStringProperty("DispatchVersion"));
		assertTrue(median.getStringProperty("DispatchDevice").contains("OpenCL"), median.getInfoProperty());
	}

	private static RandomAccessibleInterval<? extends RealType<?>> reference(final String op, final ImagePlus input,
		final Object... params)
	{
		final Map<String, Object> p = new HashMap<>();
		for (int i = 0; i < params.length; i += 2)
			p.put((String) params[i], params[i + 1]);
		return dispatch.op(op).input(ImagePlusImages.wrap(input)).set(p).on("imglib2").run();
	}

	/** Same size, same ImageJ type, same pixels (checksum). */
	private static void same(final RandomAccessibleInterval<? extends RealType<?>> expected, final ImagePlus actual) {
		final ImagePlus e = ImagePlusImages.toImagePlus(expected, "expected");
		assertEquals(Arrays.toString(e.getDimensions()), Arrays.toString(actual.getDimensions()), actual.getTitle());
		assertEquals(e.getBitDepth(), actual.getBitDepth(), actual.getTitle());
		assertEquals(Checksums.of(ImagePlusImages.wrap(e)), Checksums.of(ImagePlusImages.wrap(actual)), actual.getTitle());
	}

	private static ImagePlus open(final File dir, final String name) {
		final ImagePlus imp = IJ.openImage(new File(dir, name).getPath());
		assertNotNull(imp, "the macro did not write " + name);
		return imp;
	}

	/** A folder holding only {@link RecorderProbe}: the test classes' plugin index must not reach ImageJ. */
	private static File probeFolder() throws IOException {
		final File folder = tmp.resolve("probe").toFile();
		final String path = RecorderProbe.class.getName().replace('.', '/') + ".class";
		final File to = new File(folder, path);
		if (!to.isFile()) {
			to.getParentFile().mkdirs();
			try (java.io.InputStream in = RecorderProbe.class.getClassLoader().getResourceAsStream(path)) {
				Files.copy(in, to.toPath());
			}
		}
		return folder;
	}

	private static Map<String, String> facts(final String log) {
		final Map<String, String> facts = new HashMap<>();
		for (final String line : log.split("\n"))
			if (line.startsWith("FACT ") && line.indexOf('=') > 0)
				facts.put(line.substring(5, line.indexOf('=')), line.substring(line.indexOf('=') + 1).trim());
		return facts;
	}

	static File pluginJar() {
		final File jar = new File(System.getProperty("fiji.dispatch.jar", "missing"));
		assertTrue(jar.isFile(), "built jar not found: " + jar);
		return jar;
	}

	/**
	 * What Fiji's own update sites and CLIJ2's provide in a real Fiji: the
	 * dependency jars (the build's compile class path) and, for the two Fiji
	 * classes CLIJ2 links against, the headless stand-ins.
	 */
	private static List<File> fijiSitesStandIn() throws IOException {
		final List<File> jars = new ArrayList<>();
		final String cp = new String(Files.readAllBytes(new File(ROOT, "target/compile-classpath.txt").toPath()),
			StandardCharsets.UTF_8).trim();
		for (final String part : cp.split(File.pathSeparator))
			jars.add(new File(part));
		jars.add(new File(System.getProperty("fiji.dispatch.headless.jar")));
		return jars;
	}

	/** Runs a command with the build's jars as they are (never rebuilding); returns its output. */
	private static String run(final File dir, final int seconds, final String... command) throws Exception {
		final File log = Files.createTempFile(tmp, "run-", ".log").toFile();
		final ProcessBuilder pb = new ProcessBuilder(command).directory(dir.isDirectory() ? dir : ROOT).redirectErrorStream(true)
			.redirectOutput(log);
		pb.environment().put("FIJI_DISPATCH_NO_BUILD", "1");
		final Process p = pb.start();
		if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
			// NB: xvfb-run's java and Xvfb first: killing the script alone leaves them running
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s:\n" + read(log));
		}
		final String output = read(log);
		assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + output);
		return output;
	}

	private static String read(final File f) throws IOException {
		return new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8);
	}
}
