package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.fijidispatch.ij.ImagePlusImages;
import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * ImageJ 1 as the command line's {@code macro} harness runs it: the commands
 * from the class path's {@code plugins.config}, a command run with IJ.run, the
 * Recorder, a macro through the Interpreter, the macro subcommand with the
 * example, options dialogs that open with the settings in effect, and macros
 * that fail without hanging on a dialog. NB: runs {@link Ij1Scenario} in a JVM of its own with AWT, because
 * ImageJ 1 needs a display and surefire's JVM is headless; under xvfb-run
 * when there is no DISPLAY.
 */
class Ij1HarnessTest {

	@TempDir
	static Path tmp;

	private static final Map<String, String> facts = new HashMap<>();
	private static String output;
	private static File exampleOutput;

	@BeforeAll
	static void runScenario() throws Exception {
		exampleOutput = tmp.resolve("blurred-macro.tif").toFile();
		final List<String> command = new ArrayList<>();
		if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
			assertTrue(new File("/usr/bin/xvfb-run").canExecute(), "no DISPLAY and no xvfb-run: apt-get install -y xvfb xauth");
			command.add("xvfb-run");
			command.add("-a");
		}
		command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
		command.add("-Djava.awt.headless=false");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(Ij1Scenario.class.getName());
		command.add(exampleOutput.getPath());
		final File log = tmp.resolve("scenario.log").toFile();
		final Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		if (!p.waitFor(180, TimeUnit.SECONDS)) {
			// NB: the wrapper's children (java, Xvfb) first: killing the wrapper alone leaves them running
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			throw new AssertionError("the ImageJ 1 scenario did not finish in 3 minutes:\n" +
				new String(Files.readAllBytes(log.toPath()), StandardCharsets.UTF_8));
		}
		output = new String(Files.readAllBytes(log.toPath()), StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), output);
		for (final String line : output.split("\n"))
			if (line.startsWith("FACT ")) facts.put(line.substring(5, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
	}

	private static String fact(final String key) {
		assertTrue(facts.containsKey(key), "no fact '" + key + "' in:\n" + output);
		return facts.get(key);
	}

	/** 37 op commands and 8 suite commands (Backends, Trace, the two option commands, Verify Backends, 3 OME-Zarr). */
	@Test
	void harnessRegistersOpAndSuiteCommandsFromPluginsConfig() {
		assertEquals("45", fact("installed"));
		assertEquals("io.github.fijidispatch.fiji.Ij1Command(\"dispatch:filter.gauss\")", fact("gaussTarget"));
		assertEquals("true", fact("optionsRegistered"));
		assertEquals("true", fact("traceRegistered"));
	}

	@Test
	void ijRunMatchesDirectDispatch() {
		assertEquals("0.0", fact("maxDifference"));
		assertEquals("cell-gauss-sigma2", fact("title"));
		assertEquals("0.107", fact("calibration"));
	}

	/** A macro on a 12×10 hyperstack of 2 channels, 3 slices and 2 frames, calibrated 0.5×0.5×2 um, 3 s a frame. */
	@Test
	void macroRunsOpsPerVolumeOnAHyperstackKeepingLayoutAndCalibration() {
		assertEquals("12 10 2 3 2 1 0.5 2 µm 3", fact("hyperGauss"));
		assertEquals("0.0", fact("hyperGaussMaxDifference"));
		assertEquals("12 10 2 1 2 1 0.5 2 µm 3", fact("hyperProjection"));
		assertEquals("4 1,1 2,1 1,2 2,2", fact("hyperStats"));
		assertEquals("0.0", fact("hyperStatsMeanDifference"));
	}

	@Test
	void recorderWritesTheRunLine() {
		assertEquals("run(\"Gaussian Blur (Dispatch)\", \"sigma=2 backend=auto\");", fact("recorded"));
	}

	@Test
	void macroRunsCommandUnderMacroPreference() {
		assertEquals("ramp-gauss-sigma3 imglib2 32", fact("macro"));
	}

	@Test
	void dispatchOptionsCommandSetsTheSettingsFromAMacro() {
		assertEquals("priority=imglib2 mode=priority fallback=false", fact("settings"));
	}

	@Test
	void optionsDialogOpensWithTheSettingsInEffect() {
		assertEquals("priority=imglib2 mode=priority fallback=false", fact("optionsDialogOpensWith"));
	}

	@Test
	void failingMacrosEndWithExitOneInsteadOfHanging() {
		// NB: before, ImageJ's modal error dialog blocked each of these forever on the invisible display.
		assertEquals("1", fact("unknownCommandMacro"));
		assertEquals("1", fact("syntaxErrorMacro"));
		assertEquals("1", fact("failingOpMacro"));
		assertTrue(output.contains("Unrecognized command"), output);
		assertTrue(output.contains("parameter 'sigma' = \"-2\" is not allowed"), output);
		// NB: the command by the name the macro called it, not its internal identifier (dispatch:filter.gauss)
		assertTrue(output.contains("Fiji Dispatch: Gaussian Blur (Dispatch): filter.gauss: parameter 'sigma'"), output);
		assertFalse(output.contains("not reached"), output);
	}

	/**
	 * A macro function refusing its value ends the macro with the message, naming the function and what is allowed,
	 * as a failing command does; ImageJ's call(...) would print the Java stack trace and go on.
	 */
	@Test
	void aRefusedMacroFunctionEndsTheMacroWithItsMessage() {
		assertEndedWith("refusedMacroFunction", "Fiji Dispatch: MacroFunctions.setMode: mode \"fast\" is not allowed; " +
			"expected auto, priority or off");
		assertEquals("priority", fact("modeAfterRefusal"), "the refused value changed nothing");
		assertFalse(output.contains("\tat io.github.fijidispatch.fiji.MacroFunctions"), output);
	}

	/**
	 * A second image named by a title no open image has is refused naming the title and the open images (SciJava
	 * said only "'b' is required but unset").
	 */
	@Test
	void anImageTitleThatNoImageHasIsRefused() {
		assertEndedWith("unknownImageTitleMacro", "Add Images (Dispatch): no open image is titled 'nope' (for 'b'); " +
			"open images: ");
	}

	/** A scenario macro that ended at its error: exit code 1, {@code message} in the output, its next line not run. */
	private static void assertEndedWith(final String macro, final String message) {
		assertEquals("1", fact(macro), macro);
		assertTrue(output.contains(message), output);
		assertFalse(output.contains("not reached"), output);
	}

	/** A failing op or options command gives its message only: SciJava's "Command errored" log and stack trace are not shown. */
	@Test
	void failingCommandsShowTheirMessageWithoutAStackTrace() {
		assertFalse(output.contains("Command errored"), output);
		assertFalse(output.contains("\tat io.github.fijidispatch"), output);
	}

	/** The OME-Zarr commands are in ImageJ 1's command table from plugins.config, as every suite command. */
	@Test
	void zarrCommandsAreRegisteredFromPluginsConfig() {
		assertEquals("io.github.fijidispatch.fiji.Ij1Command(\"command:io.github.fijidispatch.fiji.ZarrOpCommand\")",
			fact("zarrRunRegistered"));
		assertEquals("io.github.fijidispatch.fiji.Ij1Command(\"command:io.github.fijidispatch.fiji.ZarrPipelineCommand\")",
			fact("zarrPipelineRegistered"));
		assertEquals("io.github.fijidispatch.fiji.Ij1Command(\"command:io.github.fijidispatch.fiji.ZarrOpenCommand\")",
			fact("zarrOpenRegistered"));
	}

	/** An op by blocks between OME-Zarr folders equals the whole-image run; the Recorder writes both dialogs' keys. */
	@Test
	void zarrRunFromAMacroEqualsTheWholeImageRunAndIsRecorded() {
		assertEquals("true", fact("zarrSameAsWhole"));
		assertEquals("filter.gauss {\"imglib2\":6}", fact("zarrProvenance"));
		final String recorded = fact("zarrRecorded");
		assertTrue(recorded.startsWith("run(\"Run Op on OME-Zarr...\", \"input=DIR/in.ome.zarr output=DIR/gauss.ome.zarr " +
			"op=filter.gauss block=16 "), recorded);
		assertTrue(recorded.contains("backend=imglib2") && recorded.contains("sigma=2"), recorded);
		assertEquals("1", fact("zarrExistingOutputMacro"));
		assertTrue(output.contains("already holds data"), output);
		assertEquals("true", fact("zarrOverwritten"));
	}

	@Test
	void zarrTableOpShowsItsResultsAndPipelineRunsTheFile() {
		assertEquals(fact("zarrStatsExpected"), fact("zarrStats"));
		assertEquals("true", fact("zarrPipelineSameAsWhole"));
	}

	/** Bad calls end the macro with exit 1 and a message naming the problem; nothing half-written is left. */
	@Test
	void zarrBadInputEndsTheMacroWithAClearError() {
		assertEquals("1", fact("zarrMissingInputMacro"));
		assertTrue(output.contains("missing.ome.zarr"), output);
		assertEquals("1", fact("zarrBadSigmaMacro"));
		assertEquals("false", fact("zarrBadSigmaLeftNothing"));
		assertEquals("1", fact("zarrBadBlockMacro"));
		assertTrue(output.contains("block '4,4,4' is not allowed for this 2D input"), output);
		// NB: a suite command by its ImageJ 1 label, not its identifier (command:io.github.fijidispatch.fiji...)
		assertTrue(output.contains("Fiji Dispatch: Run Op on OME-Zarr...: "), output);
		assertFalse(output.contains("Fiji Dispatch: command:"), output);
		assertEquals("1", fact("zarrMissingPipelineMacro"));
		assertTrue(output.contains("none.json"), output);
		assertFalse(output.contains("not reached"), output);
	}

	/** The device budget from the options dialog: parsed as FIJI_DISPATCH_DEVICE_BUDGET, a bad value changes nothing. */
	@Test
	void dispatchOptionsSetTheDeviceBudget() {
		assertEquals("priority=imglib2 mode=priority fallback=false deviceBudget=64M", fact("budgetSettings"));
		assertEquals("1", fact("budgetBadMacro"));
		assertTrue(output.contains("device budget \"lots\" is not a size in bytes"), output);
		assertEquals("priority=imglib2 mode=priority fallback=false deviceBudget=64M", fact("budgetAfterRefusal"));
		assertEquals("priority=imglib2 mode=priority fallback=false", fact("budgetDevice"));
	}

	@Test
	void exampleMacroWritesTheBlurredSample() throws Exception {
		assertEquals("0 true", fact("macroFile"));
		final ImagePlus written = IJ.openImage(exampleOutput.getPath());
		try (Context context = new Context(io.github.fijidispatch.dispatch.DispatchService.class)) {
			final File sample = MacroFunctions.sampleFile();
			final ImagePlus cell = IJ.openImage(sample.getPath());
			final ImagePlus expected = ImagePlusImages.toImagePlus(context.service(
				io.github.fijidispatch.dispatch.DispatchService.class).op("filter.gauss").input(ImagePlusImages.wrap(cell))
				.set("sigma", 2).on("imglib2").run(), "e");
			assertEquals(0, TestImages.maxDifference(expected, written));
		}
	}
}
