package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import io.github.fijidispatch.conformance.Checksums;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.DispatchSettings;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrImages;
import io.github.fijidispatch.zarr.ZarrProvenance;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/**
 * The OME-Zarr commands' parameter handling, run as SciJava commands (as a script would, with the op's parameters as
 * a map): a run equals the whole-image run, and each bad value is refused naming the field, the value and what is
 * allowed, before any output exists. The ImageJ 1 dialogs and macros are tested in {@link Ij1HarnessTest} and in the
 * real host ({@code RealImageJ1IT}). Also the device budget of the options dialogs ({@link OptionsForm}).
 */
class ZarrCommandsTest {

	@TempDir
	static Path tmp;

	private static Context context;
	private static DispatchService dispatch;
	private static ArrayImg<FloatType, ?> image;
	private static Path input;

	@BeforeAll
	static void setUp() throws Exception {
		context = new Context(DispatchService.class, CommandService.class, DispatchCommandService.class);
		dispatch = context.service(DispatchService.class);
		image = ArrayImgs.floats(33, 21, 9);
		final Random random = new Random(5);
		for (final FloatType t : image)
			t.set(random.nextFloat() * 100);
		input = tmp.resolve("in.ome.zarr");
		OmeZarrImages.write(image, input, null, new int[] { 8, 8, 4 }, ChunkCodecs.named("raw"), false,
			new ZarrProvenance("test input", Collections.<String, Object> emptyMap(), Collections.<String, Long> emptyMap(),
				"test"));
	}

	@AfterAll
	static void tearDown() {
		context.dispose();
	}

	private static Module runOp(final Object... inputs) throws Exception {
		return run(ZarrOpCommand.class, inputs);
	}

	/**
	 * As {@link Ij1Command} runs a command: created from its info, given the context, failures to cancel with their
	 * message, initialised, run.
	 */
	private static Module run(final Class<?> command, final Object... inputs) throws Exception {
		final CommandInfo info = context.service(CommandService.class).getCommand(command.getName());
		assertNotNull(info, command.getName());
		final Module module = info.createModule();
		context.inject(module);
		((FailsByCancelling) module.getDelegateObject()).cancelOnFailure();
		return context.service(ModuleService.class).run(module, true, inputs).get();
	}

	/** The reason a refused call cancelled the command with (SciJava's way of refusing input). */
	private static String refusal(final Object... inputs) throws Exception {
		return cancelReason(runOp(inputs));
	}

	private static String cancelReason(final Module module) {
		assertTrue(((Cancelable) module).isCanceled(), "the command was not refused");
		return ((Cancelable) module).getCancelReason();
	}

	private static Map<String, Object> params(final Object... kv) {
		final Map<String, Object> p = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2)
			p.put((String) kv[i], kv[i + 1]);
		return p;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static RandomAccessibleInterval<? extends RealType<?>> read(final Path path) throws java.io.IOException {
		final RandomAccessibleInterval image = OmeZarrImages.read(path);
		return image;
	}

	@Test
	void runsAnOpByBlocksIntoAnOmeZarrFolderEqualToTheWholeImageRun() throws Exception {
		final Path out = tmp.resolve("median.ome.zarr");
		final Module m = runOp("input", input.toString(), "output", out.toString(), "op", "filter.median", "block",
			"16,16,4", "compressor", "zlib", "overwrite", false, "backend", "imglib2", "parameters", params("radius", 1));
		final RandomAccessibleInterval<? extends RealType<?>> expected = dispatch.op("filter.median").input(image).set(
			"radius", 1).on("imglib2").run();
		assertEquals(Checksums.of(expected), Checksums.of(read(out)));
		assertEquals("{\"imglib2\":18}", OmeZarrImage.open(out).provenance().path("backends").toString());
		final String status = (String) m.getOutput("status");
		assertTrue(status.startsWith("filter.median ran by blocks of 16x16x4 in ") && status.endsWith(out.toString()),
			status);
	}

	@Test
	void aTableOpGivesTheResultsTableAndNeedsNoOutput() throws Exception {
		final Module m = runOp("input", input.toString(), "output", "", "op", "measure.stats", "block", "16",
			"compressor", "", "overwrite", false, "backend", "auto", "parameters", params());
		final ResultsTable table = (ResultsTable) m.getOutput("table");
		assertEquals(1, table.size());
		assertEquals(dispatch.op("measure.stats").input(image).runTable().get(0, "max"), table.getValue("max", 0), 0);
		assertTrue(refusal("input", input.toString(), "output", tmp.resolve("s.ome.zarr").toString(), "op",
			"measure.stats", "overwrite", false, "backend", "auto").contains("returns a table, not an image: leave " +
				"output empty"));
	}

	@Test
	void badValuesAreRefusedNamingFieldValueAndWhatIsAllowed() throws Exception {
		final String out = tmp.resolve("never.ome.zarr").toString();
		String m = refusal("input", input.toString(), "output", out, "op", "filter.nope", "overwrite", false, "backend",
			"auto");
		assertTrue(m.contains("filter.nope") && m.contains("filter.gauss"), m);
		m = refusal("input", tmp.resolve("in.tif").toString(), "output", out, "op", "filter.gauss", "overwrite", false,
			"backend", "auto");
		assertTrue(m.contains("input = \"" + tmp.resolve("in.tif") + "\" is not an OME-Zarr folder; allowed: a path " +
			"ending in .zarr"), m);
		m = refusal("input", tmp.resolve("absent.ome.zarr").toString(), "output", out, "op", "filter.gauss", "overwrite",
			false, "backend", "auto");
		assertTrue(m.contains("absent.ome.zarr"), m);
		m = refusal("input", input.toString(), "output", "", "op", "filter.gauss", "overwrite", false, "backend", "auto");
		assertTrue(m.contains("output is empty"), m);
		m = refusal("input", input.toString(), "output", out, "op", "filter.gauss", "block", "16,16", "overwrite", false,
			"backend", "auto");
		assertTrue(m.contains("block '16,16' is not allowed for this 3D input"), m);
		m = refusal("input", input.toString(), "output", out, "op", "filter.gauss", "compressor", "lzma", "overwrite",
			false, "backend", "auto");
		assertTrue(m.contains("lzma"), m);
		m = refusal("input", input.toString(), "output", out, "op", "filter.gauss", "overwrite", false, "backend", "cuda");
		assertTrue(m.contains("backend = \"cuda\" is not installed; allowed: auto, "), m);
		m = refusal("input", input.toString(), "output", out, "op", "filter.gauss", "overwrite", false, "backend", "auto",
			"parameters", params("sigma", -1.0));
		assertTrue(m.contains("sigma"), m);
		m = refusal("input", input.toString(), "output", input.toString(), "op", "filter.gauss", "overwrite", true,
			"backend", "auto");
		assertTrue(m.contains("is an input"), m);
		assertFalse(Files.exists(tmp.resolve("never.ome.zarr")), "a refused call creates no output");
	}

	@Test
	void aPipelineFileRunsFromTheCommand() throws Exception {
		final Path file = tmp.resolve("steps.json");
		Files.write(file, "{\"input\": \"raw\", \"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1}, {\"op\": \"measure.stats\"}]}"
			.getBytes("UTF-8"));
		final Module m = run(ZarrPipelineCommand.class, "pipeline", file
			.toString(), "input", input.toString(), "output", "", "block", "16", "compressor", "", "overwrite", false,
			"backend", "imglib2");
		final RandomAccessibleInterval<? extends RealType<?>> blurred = dispatch.op("filter.gauss").input(image).set(
			"sigma", 1).on("imglib2").run();
		assertEquals(dispatch.op("measure.stats").input(blurred).runTable().get(0, "max"), ((ResultsTable) m.getOutput(
			"table")).getValue("max", 0), 0);
		final String reason = cancelReason(run(ZarrPipelineCommand.class, "pipeline", tmp.resolve("none.json").toString(),
			"input", input.toString(), "output", "", "overwrite", false, "backend", "auto"));
		assertTrue(reason.contains("none.json"), reason);
	}

	/** Run as a script runs it (SciJava's module service), a refused call throws: a script never gets an empty result. */
	@Test
	void aScriptGetsTheRefusalThrown() throws Exception {
		final java.util.Map<String, Object> inputs = new HashMap<>();
		inputs.put("input", tmp.resolve("missing.ome.zarr").toString());
		inputs.put("output", tmp.resolve("never.ome.zarr").toString());
		inputs.put("op", "filter.gauss");
		final Module module = context.service(CommandService.class).getCommand(ZarrOpCommand.class.getName())
			.createModule();
		context.inject(module);
		final java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
			() -> context.service(ModuleService.class).run(module, true, inputs).get());
		assertTrue(Ij1Command.rootMessage(e).contains("missing.ome.zarr"), Ij1Command.rootMessage(e));
		assertFalse(java.nio.file.Files.exists(tmp.resolve("never.ome.zarr")));
	}

	@Test
	void theOptionsFormSetsTheDeviceBudgetAsTheEnvironmentVariableReadsIt() {
		final DispatchSettings settings = new DispatchSettings(java.util.Arrays.asList("imglib2", "clij2"));
		assertEquals("priority=imglib2 mode=auto fallback=true deviceBudget=64M", new OptionsForm("imglib2", "auto", true,
			"64M").applyTo(settings));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OptionsForm("", "off",
			false, "lots").applyTo(settings));
		assertTrue(e.getMessage().startsWith("Dispatch options: device budget \"lots\" is not a size in bytes") && e
			.getMessage().contains("device"), e.getMessage());
		assertEquals(64L << 20, settings.deviceBudget(), "a refused form changes nothing");
		assertEquals("auto", settings.mode().id(), "a refused form changes nothing");
		new OptionsForm("", "auto", true, "").applyTo(settings);
		assertEquals(64L << 20, settings.deviceBudget(), "an empty budget keeps the one in effect");
		new OptionsForm("", "auto", true, "device").applyTo(settings);
		assertEquals(DispatchSettings.DEVICE_LIMITS, settings.deviceBudget());
		assertEquals("2G", DispatchSettings.formatDeviceBudget(2L << 30));
	}
}
