package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.ij.ImagePlusImages;
import ij.IJ;
import ij.ImagePlus;
import ij.measure.Calibration;
import ij.plugin.Duplicator;
import ij.process.ImageProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * {@code run} on ImageJ hyperstack TIFFs written by ImageJ 1 (12×10, 2 channels, 3 slices, 2 frames, 16-bit,
 * calibrated): results per volume equal the op on that volume (cut out by ImageJ's Duplicator), written back as
 * hyperstacks of the same layout and calibration; tables get channel and frame columns; unequal layouts are refused.
 */
class HyperstackCommandLineTest extends AbstractCommandLineTest {

	@TempDir
	Path tmp;

	private static ImagePlus hyperstack(final int channels, final int slices, final int frames, final long seed) {
		final ImagePlus imp = IJ.createHyperStack("hs", 12, 10, channels, slices, frames, 16);
		final Random random = new Random(seed);
		for (int s = 1; s <= imp.getStackSize(); s++) {
			final short[] pixels = (short[]) imp.getStack().getPixels(s);
			for (int i = 0; i < pixels.length; i++)
				pixels[i] = (short) random.nextInt(4000);
		}
		final Calibration cal = imp.getCalibration();
		cal.pixelWidth = 0.25;
		cal.pixelHeight = 0.25;
		cal.pixelDepth = 1.5;
		cal.frameInterval = 2;
		cal.setUnit("micron");
		return imp;
	}

	private String write(final ImagePlus imp, final String name) {
		final String path = tmp.resolve(name).toString();
		assertTrue(IJ.saveAsTiff(imp, path), "ImageJ wrote " + path);
		return path;
	}

	@Test
	void filtersAHyperstackPerVolumeKeepingLayoutAndCalibration() {
		final ImagePlus in = hyperstack(2, 3, 2, 1);
		final String input = write(in, "in.tif");
		final String output = tmp.resolve("out.tif").toString();
		assertEquals(0, run("run", "filter.gauss", "-i", input, "-o", output, "-p", "sigma=1", "--backend", "imglib2"),
			err);
		assertTrue(out.contains("4 volumes"), out);
		final ImagePlus result = IJ.openImage(output);
		assertEquals("2 3 2 true", result.getNChannels() + " " + result.getNSlices() + " " + result.getNFrames() + " " +
			result.isHyperStack());
		final Calibration cal = result.getCalibration();
		assertEquals("0.25 0.25 1.5 2.0 " + in.getCalibration().getUnit(), cal.pixelWidth + " " + cal.pixelHeight + " " +
			cal.pixelDepth + " " + cal.frameInterval + " " + cal.getUnit());
		final ImagePlus reread = IJ.openImage(input);
		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			for (int c = 1; c <= 2; c++)
				for (int t = 1; t <= 2; t++) {
					final RandomAccessibleInterval<? extends RealType<?>> expected = dispatch.op("filter.gauss").input(
						ImagePlusImages.wrap(new Duplicator().run(reread, c, c, 1, 3, t, t))).set("sigma", 1).on("imglib2").run();
					assertEquals(0, maxDifference(ImagePlusImages.toImagePlus(expected, "e"), new Duplicator().run(result, c, c,
						1, 3, t, t)), "channel " + c + ", frame " + t);
				}
		}
	}

	@Test
	void projectsEachVolumeAlongZ() {
		final String input = write(hyperstack(2, 3, 2, 2), "in.tif");
		final String output = tmp.resolve("max.tif").toString();
		assertEquals(0, run("run", "project.max", "-i", input, "-o", output, "-p", "axis=z"), err);
		final ImagePlus result = IJ.openImage(output);
		assertEquals("2 1 2 true", result.getNChannels() + " " + result.getNSlices() + " " + result.getNFrames() + " " +
			result.isHyperStack());
		final ImagePlus source = IJ.openImage(input);
		// NB: the maximum over z of pixel (3, 4) at channel 2, frame 1, straight from ImageJ's planes.
		double max = Double.NEGATIVE_INFINITY;
		for (int z = 1; z <= 3; z++)
			max = Math.max(max, source.getStack().getProcessor(source.getStackIndex(2, z, 1)).getf(3, 4));
		assertEquals(max, result.getStack().getProcessor(result.getStackIndex(2, 1, 1)).getf(3, 4));
	}

	@Test
	void statisticsGetOneRowPerChannelAndFrame() {
		final String input = write(hyperstack(2, 3, 2, 3), "in.tif");
		assertEquals(0, run("run", "measure.stats", "-i", input), err);
		final String[] lines = out.trim().split("\n");
		assertTrue(lines[0].startsWith("channel,frame,min,max,mean"), out);
		assertTrue(lines[1].startsWith("1,1,") && lines[2].startsWith("2,1,") && lines[3].startsWith("1,2,") &&
			lines[4].startsWith("2,2,"), out);
		assertEquals(6, lines.length, out);
		assertTrue(lines[5].contains("ran per volume (4 volumes, axes XYZCT)"), out);
		assertEquals(0, run("run", "measure.stats", "-i", input, "--json"), err);
		assertEquals(1, out.trim().split("\n").length, "one JSON object: " + out);
		assertTrue(out.contains("\"volumes\":4") && out.contains("{\"channel\":2,\"frame\":2,"), out);
	}

	@Test
	void aRunByBlocksRefusesAHyperstackNamingThePerVolumeRun() {
		final String a = write(hyperstack(2, 3, 2, 4), "blocks.tif");
		final java.nio.file.Path zarr = tmp.resolve("out.ome.zarr");
		assertEquals(2, run("run", "filter.gauss", "-i", a, "-o", zarr.toString()), err);
		assertTrue(err.contains("'" + a + "' is an ImageJ hyperstack") && err.contains("-o OUT.tif, without --block"),
			err);
		assertTrue(!java.nio.file.Files.exists(zarr), "nothing written");
		assertEquals(2, run("run", "filter.gauss", "-i", a, "-o", tmp.resolve("b.tif").toString(), "--block", "8"), err);
		assertTrue(err.contains("is an ImageJ hyperstack"), err);
	}

	@Test
	void unequalLayoutsAreRefusedNamingBoth() {
		final String a = write(hyperstack(2, 3, 2, 4), "a.tif");
		final String b = write(hyperstack(2, 3, 1, 5), "b.tif");
		assertEquals(2, run("run", "math.add", "-i", a, "-i", b, "-o", tmp.resolve("sum.tif").toString()), err);
		assertTrue(err.contains("math.add") && err.contains("2 channel(s) × 1 frame(s)") && err.contains(
			"2 channel(s) × 2 frame(s)"), err);
	}

	private static double maxDifference(final ImagePlus a, final ImagePlus b) {
		double max = 0;
		for (int s = 1; s <= a.getStackSize(); s++) {
			final ImageProcessor pa = a.getStack().getProcessor(s);
			final ImageProcessor pb = b.getStack().getProcessor(s);
			for (int i = 0; i < pa.getPixelCount(); i++)
				max = Math.max(max, Math.abs(pa.getf(i) - pb.getf(i)));
		}
		return max;
	}
}
