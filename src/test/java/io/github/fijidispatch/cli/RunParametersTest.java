package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;

import ij.IJ;
import ij.ImagePlus;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter text on the command line: refused when it is not exactly what the op allows (issue 12, item 12). */
class RunParametersTest extends AbstractCommandLineTest {

	private static final String CELL = new File("src/main/resources/io/github/fijidispatch/samples/cell.png").getPath();

	@TempDir
	Path tmp;

	private void assertRefused(final String expected, final String... args) {
		final String target = tmp.resolve("out.tif").toString();
		final String[] all = Arrays.copyOf(args, args.length + 2);
		all[args.length] = "-o";
		all[args.length + 1] = target;
		assertEquals(2, run(all), err);
		assertTrue(err.contains(expected), err);
		assertFalse(new File(target).exists(), "nothing written");
	}

	@Test
	void aJavaSuffixAndATrailingCommaAreRefused() {
		assertRefused("filter.gauss: parameter 'sigma' = \"2d,\" is not allowed; expected a finite number",
			"run", "filter.gauss", "-i", CELL, "--param", "sigma=2d,");
	}

	@Test
	void aScalarBeyondFloat32IsRefusedForAFloatImage() {
		final String input = tmp.resolve("float.tif").toString();
		assertTrue(IJ.saveAsTiff(new ImagePlus("f", new FloatProcessor(8, 8)), input));
		assertRefused("math.add_scalar: parameter 'value' = 1.00000e+308 is not allowed for a float32 image",
			"run", "math.add_scalar", "-i", input, "--param", "value=1e308");
	}

	@Test
	void scaleFactorZeroIsRefusedAsTheDocsSay() {
		assertRefused("transform.scale: parameter 'factors' = \"0\" is not allowed; expected a finite number or one per axis (x,y[,z]) in (0, 1000]",
			"run", "transform.scale", "-i", CELL, "--param", "factors=0");
	}
}
