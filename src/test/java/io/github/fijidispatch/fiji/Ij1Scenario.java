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
		hyperstackFacts(dispatch);
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
