package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The dispatch service loads this machine's calibration at initialize, from the configured file only. */
class CostModelLoadingTest {

	@TempDir
	Path dir;

	@Test
	void serviceUsesTheCalibrationFileNamedByTheProperty() throws IOException {
		final Path file = dir.resolve("cost-model.tsv");
		Files.write(file, (CostModelFile.HEADER + "\ncompute\tmath.abs\timglib2\t2\t16\t100\t5\n").getBytes(StandardCharsets.UTF_8));
		final DispatchService dispatch = start(file);
		try {
			assertTrue(dispatch.costModel() instanceof CalibratedCostModel);
			// NB: a point op: its work is its pixel count, so 100 ns per unit of work is 100 ns per pixel
			final Decision d = dispatch.op("math.abs").input(ArrayImgs.unsignedBytes(256, 256)).explain();
			assertEquals(256 * 256 * 100 / 1e6, d.candidate("imglib2").predictedMillis(), 1e-6);
		}
		finally {
			dispatch.context().dispose();
		}
	}

	@Test
	void corruptFileStillStartsWithPriors() throws IOException {
		final Path file = dir.resolve("cost-model.tsv");
		Files.write(file, "this is not a cost model\n".getBytes(StandardCharsets.UTF_8));
		final DispatchService dispatch = start(file);
		try {
			assertFalse(((CalibratedCostModel) dispatch.costModel()).isCalibrated());
			final Decision d = dispatch.op("filter.gauss").input(ArrayImgs.unsignedBytes(64, 64)).explain();
			assertTrue(d.isRunnable());
		}
		finally {
			dispatch.context().dispose();
		}
	}

	private static DispatchService start(final Path file) {
		final String before = System.getProperty(CostModelLocation.PROPERTY);
		System.setProperty(CostModelLocation.PROPERTY, file.toString());
		try {
			return new Context(DispatchService.class).service(DispatchService.class);
		}
		finally {
			if (before == null) System.clearProperty(CostModelLocation.PROPERTY);
			else System.setProperty(CostModelLocation.PROPERTY, before);
		}
	}
}
