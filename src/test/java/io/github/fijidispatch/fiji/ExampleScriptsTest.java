package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.ij.ImagePlusImages;
import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.module.Module;
import org.scijava.script.ScriptService;

/** The example scripts run through the real ScriptService; their files are checked against a direct call. */
class ExampleScriptsTest {

	@TempDir
	static Path tmp;

	private static Context context;

	@BeforeAll
	static void start() {
		context = new Context(DispatchCommandService.class, ScriptService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@ParameterizedTest
	@ValueSource(strings = { "blur.groovy", "blur.py" })
	void exampleBlursTheSampleOnTheScopedBackend(final String script) throws Exception {
		final File out = tmp.resolve(script + ".tif").toFile();
		final Module m = context.service(ScriptService.class).run(new File("scripts/examples", script), true,
			"output", out.getPath(), "sigma", 3.0).get();
		assertEquals("imglib2", m.getOutput("backend"));
		final ImagePlus written = IJ.openImage(out.getPath());
		final ImagePlus cell = IJ.openImage(MacroFunctions.samplePath());
		final ImagePlus expected = ImagePlusImages.toImagePlus(context.service(DispatchService.class).op("filter.gauss")
			.input(ImagePlusImages.wrap(cell)).set("sigma", 3).on("imglib2").run(), "e");
		assertEquals(0, TestImages.maxDifference(expected, written));
		assertEquals(cell.getCalibration().pixelWidth, written.getCalibration().pixelWidth, 1e-9, "calibration kept");
	}
}
