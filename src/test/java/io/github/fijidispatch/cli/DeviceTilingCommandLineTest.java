package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.fijidispatch.backend.clij2.Clij2Assumptions;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.DispatchSettings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The device budget from the command line's environment: the run is tiled on clij2 and {@code --json} says so. */
class DeviceTilingCommandLineTest extends AbstractCommandLineTest {

	private static final String CELL = new File("src/main/resources/io/github/fijidispatch/samples/cell.png").getPath();

	@TempDir
	Path tmp;

	@AfterEach
	void clearBudget() {
		System.clearProperty(DispatchSettings.DEVICE_BUDGET_PROPERTY);
	}

	@Test
	void aRunBeyondTheBudgetIsTiledAndTheJsonSaysIntoHowManyTiles() {
		try (Context context = new Context(DispatchService.class)) {
			Clij2Assumptions.requireDevice(context.service(DispatchService.class));
		}
		System.setProperty(DispatchSettings.DEVICE_BUDGET_PROPERTY, "1M");
		final String target = tmp.resolve("g.tif").toString();
		assertEquals(0, run("run", "filter.gauss", "-i", CELL, "-o", target, "--param", "sigma=2", "--backend", "clij2",
			"--json", "--explain"), err);
		final Matcher tiles = Pattern.compile("\"backend\":\"clij2\",\"tiles\":(\\d+),").matcher(out);
		assertTrue(tiles.find(), out);
		assertTrue(Integer.parseInt(tiles.group(1)) >= 2, out);
		assertTrue(out.contains("\"plan\":[\"clij2\"],\"tiles\":" + tiles.group(1) + ","), "explain agrees with the run: " + out);
	}
}
