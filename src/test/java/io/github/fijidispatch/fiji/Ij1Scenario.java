package io.github.fijidispatch.fiji;

import java.io.File;

import io.github.fijidispatch.cli.ClassPathCommands;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.ij.ImagePlusImages;
import ij.IJ;
import ij.ImagePlus;
import ij.Menus;
import ij.macro.Interpreter;
import ij.plugin.frame.Recorder;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.Context;

/**
 * Runs ImageJ 1 with the dispatch front in a JVM of its own (ImageJ 1 needs
 * AWT; surefire's JVM is headless), the way the command line's {@code macro}
 * harness does (commands from the class path's {@code plugins.config}), and
 * prints one {@code key=value} fact per line for {@link Ij1HarnessTest} to
 * check. The real hosts are tested in {@code RealImageJ1IT}.
 */
public final class Ij1Scenario {

	private static final String GAUSS = "Gaussian Blur (Dispatch)";
	private static final String CALLS = "io.github.fijidispatch.fiji.MacroFunctions";

	public static void main(final String[] args) {
		int code = 0;
		try {
			run(args);
		}
		catch (final Throwable t) {
			t.printStackTrace(System.out);
			code = 1;
		}
		// NB: AWT threads would keep the JVM alive.
		System.exit(code);
	}

	private static void run(final String[] args) throws Exception {
		Interpreter.batchMode = true;
		final Context context = new Context(DispatchCommandService.class);
		final DispatchService dispatch = context.service(DispatchService.class);
		fact("installed", ClassPathCommands.install().size());
		fact("gaussTarget", Menus.getCommands().get(GAUSS));
		fact("optionsRegistered", Menus.getCommands().containsKey(DispatchMenus.OPTIONS_LABEL));
		fact("traceRegistered", Menus.getCommands().containsKey("Trace"));

		final ImagePlus imp = TestImages.noise(64, 48);
		final Recorder recorder = new Recorder(false);
		Recorder.record = true;
		Recorder.recordInMacros = true;
		IJ.run(imp, GAUSS, "sigma=2");
		Recorder.record = false;
		fact("recorded", recorder.getText().trim().replace("\n", "\\n"));
		final ImagePlus result = Interpreter.getLastBatchModeImage();
		fact("title", result.getTitle());
		fact("calibration", result.getCalibration().pixelWidth);
		final RandomAccessibleInterval<? extends RealType<?>> direct = dispatch.op("filter.gauss")
			.input(ImagePlusImages.wrap(imp)).set("sigma", 2).run();
		fact("maxDifference", TestImages.maxDifference(ImagePlusImages.toImagePlus(direct, "direct"), result));

		final String macro = "newImage(\"ramp\", \"8-bit ramp\", 32, 24, 1);\n" +
			"p = call(\"" + CALLS + ".only\", \"imglib2\");\n" +
			"run(\"" + GAUSS + "\", \"sigma=3\");\n" +
			"b = call(\"" + CALLS + ".lastBackend\");\n" +
			"p = call(\"" + CALLS + ".clearPreference\");\n" +
			"return getTitle() + \" \" + b + \" \" + getWidth();";
		fact("macro", new Interpreter().run(macro, ""));
		fact("macroFile", runExample(args.length > 0 ? args[0] : null));

		IJ.run("Dispatch Options", "priority=imglib2 mode=priority fallback=false");
		fact("settings", dispatch.settings());
		fact("optionsDialogOpensWith", optionsDialogValues(context));

		fact("unknownCommandMacro", runMacroText("run(\"No Such Command (Dispatch)\");\nprint(\"not reached\");"));
		fact("syntaxErrorMacro", runMacroText("x = ;"));
		fact("failingOpMacro", runMacroText("newImage(\"a\", \"8-bit ramp\", 16, 16, 1);\nrun(\"" + GAUSS +
			"\", \"sigma=-2\");\nprint(\"not reached\");"));
		fact("refusedMacroFunction", runMacroText("call(\"io.github.fijidispatch.fiji.MacroFunctions.setMode\", " +
			"\"fast\");\nprint(\"not reached\");"));
		fact("modeAfterRefusal", dispatch.settings().mode().id());
		fact("unknownImageTitleMacro", runMacroText("newImage(\"a\", \"8-bit ramp\", 16, 16, 1);\n" +
			"newImage(\"b\", \"8-bit ramp\", 16, 16, 1);\nrun(\"Add Images (Dispatch)\", \"a=a b=nope\");\n" +
			"print(\"not reached\");"));
		hyperstackFacts(dispatch);
		zarrFacts(dispatch);
		budgetFacts(dispatch);
		context.dispose();
	}

	/**
	 * Ops run by a macro on a 5D ImageJ hyperstack (12×10, 2 channels, 3 slices, 2 frames, calibrated): the layout
	 * and calibration of the results, and each volume (cut out by ImageJ's Duplicator) against the op run on that
	 * volume alone.
	 */
	private static void hyperstackFacts(final DispatchService dispatch) {
		final ImagePlus hs = IJ.createHyperStack("hs", 12, 10, 2, 3, 2, 32);
		final java.util.Random random = new java.util.Random(7);
		for (int s = 1; s <= hs.getStackSize(); s++) {
			final float[] pixels = (float[]) hs.getStack().getPixels(s);
			for (int i = 0; i < pixels.length; i++)
				pixels[i] = random.nextFloat() * 100;
		}
		final ij.measure.Calibration cal = hs.getCalibration();
		cal.pixelWidth = 0.5;
		cal.pixelHeight = 0.5;
		cal.pixelDepth = 2;
		cal.frameInterval = 3;
		cal.setUnit("um");
		final String describe = "Stack.getDimensions(w, h, c, z, t);\ngetVoxelSize(pw, ph, pd, unit);\n" +
			"return \"\" + w + \" \" + h + \" \" + c + \" \" + z + \" \" + t + \" \" + Stack.isHyperstack + \" \" + pw + " +
			"\" \" + pd + \" \" + unit + \" \" + Stack.getFrameInterval();";
		ij.WindowManager.setTempCurrentImage(hs);
		fact("hyperGauss", new Interpreter().run("run(\"" + GAUSS + "\", \"sigma=1\");\n" + describe, ""));
		final ImagePlus blurred = Interpreter.getLastBatchModeImage();
		double maxDifference = 0;
		for (int c = 1; c <= 2; c++)
			for (int t = 1; t <= 2; t++) {
				final ImagePlus volume = new ij.plugin.Duplicator().run(hs, c, c, 1, 3, t, t);
				final RandomAccessibleInterval<? extends RealType<?>> direct = dispatch.op("filter.gauss").input(
					ImagePlusImages.wrap(volume)).set("sigma", 1).run();
				maxDifference = Math.max(maxDifference, TestImages.maxDifference(ImagePlusImages.toImagePlus(direct, "d"),
					new ij.plugin.Duplicator().run(blurred, c, c, 1, 3, t, t)));
			}
		fact("hyperGaussMaxDifference", maxDifference);

		ij.WindowManager.setTempCurrentImage(hs);
		fact("hyperProjection", new Interpreter().run("run(\"Max Projection (Dispatch)\", \"axis=z\");\n" + describe,
			""));

		ij.WindowManager.setTempCurrentImage(hs);
		fact("hyperStats", new Interpreter().run("run(\"Image Statistics (Dispatch)\", \"backend=auto\");\ns = \"\" + nResults;\n" +
			"for (i = 0; i < nResults; i++) s = s + \" \" + getResult(\"channel\", i) + \",\" + getResult(\"frame\", i);\n" +
			"return s;", ""));
		final ij.measure.ResultsTable rt = ij.measure.ResultsTable.getResultsTable();
		double meanDifference = 0;
		for (int row = 0; row < rt.size(); row++) {
			final int c = (int) rt.getValue("channel", row);
			final int t = (int) rt.getValue("frame", row);
			final ImagePlus volume = new ij.plugin.Duplicator().run(hs, c, c, 1, 3, t, t);
			final double mean = dispatch.op("measure.stats").input(ImagePlusImages.wrap(volume)).runTable().get(0, "mean");
			meanDifference = Math.max(meanDifference, Math.abs(mean - rt.getValue("mean", row)));
		}
		fact("hyperStatsMeanDifference", meanDifference);
	}

	private static final String ZARR_RUN = "Run Op on OME-Zarr...";
	private static final String ZARR_PIPELINE = "Run Pipeline on OME-Zarr...";

	/**
	 * The OME-Zarr commands from macros: an op by blocks from one OME-Zarr folder to another (recorded, then read back
	 * against the whole-image run), a table op shown as Results, a pipeline file, and bad calls that end the macro
	 * with an error instead of a dialog.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void zarrFacts(final DispatchService dispatch) throws Exception {
		final java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fiji-dispatch-zarr-scenario");
		final ImagePlus imp = TestImages.noise(40, 30);
		final RandomAccessibleInterval image = ImagePlusImages.wrap(imp);
		final java.nio.file.Path in = dir.resolve("in.ome.zarr");
		io.github.fijidispatch.zarr.OmeZarrImages.write(image, in, null, new int[] { 16, 16 },
			io.github.fijidispatch.zarr.ChunkCodecs.named("zlib:1"), false, new io.github.fijidispatch.zarr.ZarrProvenance(
				"test input", java.util.Collections.<String, Object> emptyMap(), java.util.Collections
					.<String, Long> emptyMap(), "test"));
		fact("zarrRunRegistered", Menus.getCommands().get(ZARR_RUN));
		fact("zarrPipelineRegistered", Menus.getCommands().get(ZARR_PIPELINE));
		fact("zarrOpenRegistered", Menus.getCommands().get("Open OME-Zarr..."));

		final java.nio.file.Path out = dir.resolve("gauss.ome.zarr");
		final Recorder recorder = new Recorder(false);
		Recorder.record = true;
		Recorder.recordInMacros = true;
		IJ.run(ZARR_RUN, "input=" + in + " output=" + out + " op=filter.gauss block=16 backend=imglib2 sigma=2");
		Recorder.record = false;
		final String recorded = recorder.getText().trim();
		// NB: the Recorder's text is ImageJ's one buffer: the last line is this command's.
		fact("zarrRecorded", recorded.substring(recorded.lastIndexOf('\n') + 1).replace(dir.toString(), "DIR"));
		final Object direct = dispatch.op("filter.gauss").input(image).set("sigma", 2).on("imglib2").run();
		fact("zarrSameAsWhole", io.github.fijidispatch.conformance.Checksums.of((RandomAccessibleInterval) direct) ==
			io.github.fijidispatch.conformance.Checksums.of((RandomAccessibleInterval) io.github.fijidispatch.zarr.OmeZarrImages
				.read(out)));
		final com.fasterxml.jackson.databind.JsonNode provenance = io.github.fijidispatch.zarr.OmeZarrImage.open(out)
			.provenance();
		fact("zarrProvenance", provenance.path("op").asText() + " " + provenance.path("backends"));

		// A second run into the same folder is refused without overwrite, and replaces it with it (sigma 1 now).
		fact("zarrExistingOutputMacro", runMacroText("run(\"" + ZARR_RUN + "\", \"input=" + in + " output=" + out +
			" op=filter.gauss sigma=1\");\nprint(\"not reached\");"));
		IJ.run(ZARR_RUN, "input=" + in + " output=" + out + " op=filter.gauss block=16 overwrite sigma=1");
		fact("zarrOverwritten", io.github.fijidispatch.conformance.Checksums.of((RandomAccessibleInterval) dispatch.op(
			"filter.gauss").input(image).set("sigma", 1).run()) == io.github.fijidispatch.conformance.Checksums.of(
				(RandomAccessibleInterval) io.github.fijidispatch.zarr.OmeZarrImages.read(out)));

		fact("zarrStats", new Interpreter().run("run(\"" + ZARR_RUN + "\", \"input=" + in + " op=measure.stats " +
			"block=16\");\nreturn \"\" + nResults + \" \" + d2s(getResult(\"mean\", 0), 3);", ""));
		fact("zarrStatsExpected", "1 " + ij.IJ.d2s(dispatch.op("measure.stats").input(image).runTable().get(0, "mean"), 3));

		final java.nio.file.Path pipeline = dir.resolve("steps.json");
		java.nio.file.Files.write(pipeline, ("{\"input\": \"raw\", \"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 2}, " +
			"{\"op\": \"math.multiply_scalar\", \"value\": 2}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		final java.nio.file.Path piped = dir.resolve("piped.ome.zarr");
		IJ.run(ZARR_PIPELINE, "pipeline=" + pipeline + " input=" + in + " output=" + piped + " block=16");
		final Object twice = dispatch.op("math.multiply_scalar").input((RandomAccessibleInterval) direct).set("value", 2)
			.run();
		fact("zarrPipelineSameAsWhole", io.github.fijidispatch.conformance.Checksums.of((RandomAccessibleInterval) twice) ==
			io.github.fijidispatch.conformance.Checksums.of((RandomAccessibleInterval) io.github.fijidispatch.zarr.OmeZarrImages
				.read(piped)));

		fact("zarrMissingInputMacro", runMacroText("run(\"" + ZARR_RUN + "\", \"input=" + dir.resolve("missing.ome.zarr") +
			" output=" + dir.resolve("m.ome.zarr") + " op=filter.gauss sigma=2\");\nprint(\"not reached\");"));
		fact("zarrBadSigmaMacro", runMacroText("run(\"" + ZARR_RUN + "\", \"input=" + in + " output=" + dir.resolve(
			"bad.ome.zarr") + " op=filter.gauss sigma=-2\");\nprint(\"not reached\");"));
		fact("zarrBadSigmaLeftNothing", java.nio.file.Files.exists(dir.resolve("bad.ome.zarr")));
		fact("zarrBadBlockMacro", runMacroText("run(\"" + ZARR_RUN + "\", \"input=" + in + " output=" + dir.resolve(
			"b.ome.zarr") + " op=filter.gauss block=4,4,4 sigma=2\");\nprint(\"not reached\");"));
		fact("zarrMissingPipelineMacro", runMacroText("run(\"" + ZARR_PIPELINE + "\", \"pipeline=" + dir.resolve(
			"none.json") + " input=" + in + " output=" + dir.resolve("p.ome.zarr") + "\");\nprint(\"not reached\");"));
	}

	/** The device budget through Dispatch Options: set, shown by the dialog, and a bad value refused. */
	private static void budgetFacts(final DispatchService dispatch) throws Exception {
		IJ.run("Dispatch Options", "priority=imglib2 mode=priority fallback=false budget=64M");
		fact("budgetSettings", dispatch.settings());
		fact("budgetBadMacro", runMacroText("run(\"Dispatch Options\", \"budget=lots\");\nprint(\"not reached\");"));
		fact("budgetAfterRefusal", dispatch.settings());
		IJ.run("Dispatch Options", "priority=imglib2 mode=priority fallback=false budget=device");
		fact("budgetDevice", dispatch.settings());
	}

	/** The values the Dispatch Options module holds once initialised, as its dialog shows them. */
	private static String optionsDialogValues(final Context context) throws org.scijava.module.MethodCallException {
		final org.scijava.module.ModuleService modules = context.service(org.scijava.module.ModuleService.class);
		final org.scijava.module.Module m = modules.createModule(modules.getModuleById("command:" +
			DispatchOptionsCommand.class.getName()));
		m.initialize();
		return "priority=" + m.getInput("priority") + " mode=" + m.getInput("mode") + " fallback=" + m.getInput("fallback");
	}

	/** Runs a macro text through the macro subcommand; returns its exit code (it must not hang on a dialog). */
	private static int runMacroText(final String macro) throws java.io.IOException {
		final File file = File.createTempFile("fiji-dispatch-scenario-", ".ijm");
		file.deleteOnExit();
		java.nio.file.Files.write(file.toPath(), macro.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return io.github.fijidispatch.cli.Main.run(java.util.Arrays.asList("macro", file.getPath()), System.out, System.err);
	}

	/** Runs scripts/examples/blur.ijm through the macro subcommand, writing to the given file. */
	private static String runExample(final String output) {
		if (output == null) return "skipped";
		final int code = io.github.fijidispatch.cli.Main.run(java.util.Arrays.asList("macro", "scripts/examples/blur.ijm",
			"output=" + output, "sigma=2"), System.out, System.err);
		return code + " " + new File(output).isFile();
	}

	private static void fact(final String key, final Object value) {
		System.out.println("FACT " + key + "=" + value);
	}
}
