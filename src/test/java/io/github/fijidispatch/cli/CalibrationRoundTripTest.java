package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.ij.ImageJCalibration;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input's calibration (pixel size and unit per axis) is carried: a TIFF saved by ImageJ 1 with µm pixels →
 * {@code convert} → OME-Zarr {@code scale} and {@code unit: micrometer} (in the file's order, z first) → {@code run}
 * on OME-Zarr (same axes; a projection drops its axis) → {@code pipeline} → {@code convert} back to a TIFF that
 * ImageJ 1 reads with the original calibration.
 */
class CalibrationRoundTripTest {

	private static final List<OmeAxis> EXPECTED = Arrays.asList(new OmeAxis("x", "space", "micrometer", 0.325),
		new OmeAxis("y", "space", "micrometer", 0.4), new OmeAxis("z", "space", "micrometer", 2.5));

	@TempDir
	Path dir;

	@Test
	void calibrationSurvivesConvertRunPipelineAndConvertBack() throws Exception {
		final String tif = dir.resolve("calibrated.tif").toString();
		final ImageStack stack = new ImageStack(20, 16);
		for (int z = 0; z < 5; z++) {
			final ShortProcessor p = new ShortProcessor(20, 16);
			for (int i = 0; i < 20 * 16; i++)
				p.set(i, 100 + i % 37 * (z + 1));
			stack.addSlice(p);
		}
		final ImagePlus imp = new ImagePlus("calibrated", stack);
		final Calibration cal = imp.getCalibration();
		cal.pixelWidth = 0.325;
		cal.pixelHeight = 0.4;
		cal.pixelDepth = 2.5;
		cal.setUnit("micron");
		new FileSaver(imp).saveAsTiffStack(tif);

		final Path zarr = dir.resolve("in.ome.zarr");
		assertEquals(0, CommandLineRun.of("convert", "-i", tif, "-o", zarr.toString()).code);
		assertEquals(EXPECTED.toString(), OmeZarrImage.open(zarr).axes().toString());
		final JsonNode multiscale = new ObjectMapper().readTree(new String(Files.readAllBytes(zarr.resolve(".zattrs")),
			StandardCharsets.UTF_8)).path("multiscales").path(0);
		assertEquals("[2.5,0.4,0.325]", multiscale.path("datasets").path(0).path("coordinateTransformations").path(0).path(
			"scale").toString(), "OME-Zarr order: z, y, x");
		assertEquals("micrometer", multiscale.path("axes").path(0).path("unit").asText());

		final Path blurred = dir.resolve("blurred.ome.zarr");
		final CommandLineRun run = CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", blurred
			.toString(), "sigma=1", "--block", "8");
		assertEquals(0, run.code, run.toString());
		assertEquals(EXPECTED.toString(), OmeZarrImage.open(blurred).axes().toString());

		final Path scaled = dir.resolve("scaled.ome.zarr");
		final CommandLineRun scale = CommandLineRun.of("run", "transform.scale", "-i", zarr.toString(), "-o", scaled
			.toString(), "factors=2,0.5,1.25", "--block", "8");
		assertEquals(0, scale.code, scale.toString());
		assertEquals(Arrays.asList(new OmeAxis("x", "space", "micrometer", 0.325 / 2), new OmeAxis("y", "space",
			"micrometer", 0.4 / 0.5), new OmeAxis("z", "space", "micrometer", 2.5 / 1.25)).toString(), OmeZarrImage.open(
				scaled).axes().toString(), "the pixel size divided by the factor");

		final Path projected = dir.resolve("projected.ome.zarr");
		final CommandLineRun projection = CommandLineRun.of("run", "project.max", "-i", zarr.toString(), "-o", projected
			.toString(), "axis=z");
		assertEquals(0, projection.code, projection.toString());
		assertEquals(EXPECTED.subList(0, 2).toString(), OmeZarrImage.open(projected).axes().toString());

		final Path file = dir.resolve("p.json");
		Files.write(file, "{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": 1}, {\"op\": \"math.add_scalar\", \"value\": 3}]}"
			.getBytes(StandardCharsets.UTF_8));
		final Path piped = dir.resolve("piped.ome.zarr");
		final CommandLineRun pipeline = CommandLineRun.of("pipeline", file.toString(), "-i", tif, "-o", piped.toString(),
			"--block", "8");
		assertEquals(0, pipeline.code, pipeline.toString());
		assertEquals(EXPECTED.toString(), OmeZarrImage.open(piped).axes().toString(), "a TIFF input's calibration too");

		final String back = dir.resolve("back.tif").toString();
		assertEquals(0, CommandLineRun.of("convert", "-i", piped.toString(), "-o", back).code);
		final Calibration read = IJ.openImage(back).getCalibration();
		// NB: a TIFF keeps the pixel size as a rational resolution, to a float's precision
		assertEquals(0.325, read.pixelWidth, 1e-6);
		assertEquals(0.4, read.pixelHeight, 1e-6);
		assertEquals(2.5, read.pixelDepth, 1e-6);
		assertEquals("micrometer", ImageJCalibration.toOme(read.getUnit()), read.getUnit());

		final String runTif = dir.resolve("run.tif").toString();
		assertEquals(0, CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", runTif, "sigma=1").code);
		assertEquals(2.5, IJ.openImage(runTif).getCalibration().pixelDepth, 0, "run from OME-Zarr to a TIFF");
	}

	@Test
	void imageJUnitsMapToOmeZarrUnitsAndBack() {
		assertEquals("micrometer", ImageJCalibration.toOme("µm"));
		assertEquals("micrometer", ImageJCalibration.toOme("micron"));
		assertEquals("nanometer", ImageJCalibration.toOme("nm"));
		assertEquals(null, ImageJCalibration.toOme("pixel"));
		assertEquals("furlong", ImageJCalibration.toOme("furlong"), "an unknown unit is kept");
		assertEquals("micron", ImageJCalibration.toImageJ("micrometer"));
		assertEquals("pixel", ImageJCalibration.toImageJ(null));
	}
}
