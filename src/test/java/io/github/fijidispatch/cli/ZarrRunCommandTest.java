package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.op.Tolerance;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrImages;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} on OME-Zarr and with {@code --block}: the result equals the plain run on the TIFF; the output carries
 * its provenance (also for {@code transform.scale} and {@code convert.type scale=true}); a missing input, an existing
 * output without {@code --overwrite}, an output that is the input and a bad block size are refused on one line naming the problem, and leave the input as it was.
 */
class ZarrRunCommandTest {

	@TempDir
	Path dir;

	@Test
	void zarrInZarrOutAndBlocksOnTiffEqualThePlainRun() throws Exception {
		final String tif = input();
		final Path zarr = dir.resolve("in.ome.zarr");
		assertEquals(0, CommandLineRun.of("convert", "-i", tif, "-o", zarr.toString(), "--chunks", "10,10,3").code);
		final String plain = dir.resolve("plain.tif").toString();
		final CommandLineRun reference = CommandLineRun.of("run", "filter.gauss", "-i", tif, "-o", plain, "sigma=1.5",
			"--backend", "imglib2");
		assertEquals(0, reference.code, reference.err);

		final Path out = dir.resolve("out.ome.zarr");
		final CommandLineRun zarrRun = CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", out.toString(),
			"--block", "16,16,5", "--backend", "imglib2", "--param", "sigma=1.5");
		assertEquals(0, zarrRun.code, zarrRun.err);
		// NB: progress goes to the process's stderr (OutOfCoreRunTest checks it in a child JVM)
		assertAgrees(ImageFiles.read(plain), OmeZarrImages.<UnsignedShortType> read(out), ImageFiles.read(tif));
		final OmeZarrImage written = OmeZarrImage.open(out);
		assertEquals("[16, 16, 5]", java.util.Arrays.toString(written.array().header().chunkSize()), "chunks = blocks");
		assertEquals("filter.gauss", written.provenance().path("op").asText());
		assertEquals(3 * 3 * 2, written.provenance().path("backends").path("imglib2").asLong(), written.provenance()
			.toString());

		final String blockedTif = dir.resolve("blocked.tif").toString();
		final CommandLineRun tiffBlocks = CommandLineRun.of("run", "filter.gauss", "-i", tif, "-o", blockedTif, "--block",
			"7", "sigma=1.5", "--backend", "imglib2");
		assertEquals(0, tiffBlocks.code, tiffBlocks.err);
		assertAgrees(ImageFiles.read(plain), ImageFiles.read(blockedTif), ImageFiles.read(tif));

		final CommandLineRun table = CommandLineRun.of("run", "measure.stats", "-i", zarr.toString(), "--block", "9");
		final CommandLineRun tableReference = CommandLineRun.of("run", "measure.stats", "-i", tif);
		assertEquals(0, table.code, table.err);
		assertEquals(tableReference.out.split("\n")[0], table.out.split("\n")[0], "the same table columns");
	}

	@Test
	void badCallsAreRefusedOnOneLineAndTouchNothing() throws Exception {
		final String tif = input();
		final Path zarr = dir.resolve("in.ome.zarr");
		assertEquals(0, CommandLineRun.of("convert", "-i", tif, "-o", zarr.toString()).code);
		final Path out = dir.resolve("out.ome.zarr");

		final CommandLineRun missing = CommandLineRun.of("run", "filter.gauss", "-i", dir.resolve("nope.ome.zarr")
			.toString(), "-o", out.toString(), "sigma=2");
		assertRefused(missing, "nope.ome.zarr", "no such");
		assertTrue(!Files.exists(out), "a refused run writes nothing");

		assertEquals(0, CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", out.toString(), "sigma=2")
			.code);
		assertRefused(CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", out.toString(), "sigma=1"),
			"already holds data", "--overwrite");
		final String sigma = OmeZarrImage.open(out).provenance().path("parameters").path("sigma").toString();
		assertTrue(sigma.contains("2") && !sigma.contains("1"), "the refused run left the output as it was: " + sigma);
		final CommandLineRun overwrite = CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", out
			.toString(), "sigma=1", "--overwrite");
		assertEquals(0, overwrite.code, overwrite.err);

		assertRefused(CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", zarr.toString(), "sigma=1",
			"--overwrite"), "is an input", "in.ome.zarr");
		assertRefused(CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", dir.resolve("b.ome.zarr")
			.toString(), "--block", "4,4", "sigma=1"), "--block '4,4'", "one per axis");
		assertRefused(CommandLineRun.of("run", "measure.stats", "-i", zarr.toString(), "-o", dir.resolve("t.ome.zarr")
			.toString()), "returns a table", ".csv");
		assertRefused(CommandLineRun.of("run", "filter.gauss", "-i", zarr.toString(), "-o", dir.resolve("c.ome.zarr")
			.toString(), "--block", "4x", "sigma=1"), "--block '4x'", "one per axis");
		assertAgrees(ImageFiles.read(tif), OmeZarrImages.<UnsignedShortType> read(zarr), ImageFiles.read(tif));

		// NB: a malformed input is a bad call too, not a failure of the machine
		final Path broken = dir.resolve("broken.ome.zarr");
		assertEquals(0, CommandLineRun.of("convert", "-i", tif, "-o", broken.toString()).code);
		Files.delete(broken.resolve("0").resolve(".zarray"));
		assertRefused(CommandLineRun.of("run", "filter.gauss", "-i", broken.toString(), "-o", dir.resolve("d.ome.zarr")
			.toString(), "sigma=1"), "broken.ome.zarr", ".zarray");
		assertTrue(!Files.exists(dir.resolve("d.ome.zarr")), "a refused run writes nothing");
	}

	/** The plans of issue #15's last two ops: scale by output blocks and a scaling conversion by a global range. */
	@Test
	void scaleAndScalingConversionOnZarrEqualThePlainRun() throws Exception {
		final String tif = input();
		final Path zarr = dir.resolve("in.ome.zarr");
		assertEquals(0, CommandLineRun.of("convert", "-i", tif, "-o", zarr.toString(), "--chunks", "10,10,3").code);
		final String[][] calls = { { "transform.scale", "factors=1.7,0.45,2", "interpolation=linear" }, {
			"transform.scale", "factors=0.5", "interpolation=nearest" }, { "convert.type", "target=uint8", "scale=true" } };
		int i = 0;
		for (final String[] call : calls) {
			final String plain = dir.resolve("plain" + i + ".tif").toString();
			final CommandLineRun reference = CommandLineRun.of("run", call[0], "-i", tif, "-o", plain, call[1], call[2],
				"--backend", "imglib2");
			assertEquals(0, reference.code, reference.err);
			final Path out = dir.resolve("out" + i++ + ".ome.zarr");
			final CommandLineRun zarrRun = CommandLineRun.of("run", call[0], "-i", zarr.toString(), "-o", out.toString(),
				"--block", "9,7,2", "--backend", "imglib2", call[1], call[2]);
			assertEquals(0, zarrRun.code, zarrRun.err);
			assertAgrees(ImageFiles.read(plain), OmeZarrImages.<UnsignedShortType> read(out), ImageFiles.read(tif));
			assertEquals(call[0], OmeZarrImage.open(out).provenance().path("op").asText());
		}
	}

	/** A refusal of a bad call (exit code 2, as for a bad TIFF or parameter) in one line holding every word. */
	private static void assertRefused(final CommandLineRun run, final String... words) {
		assertEquals(2, run.code, run.toString());
		assertTrue(run.errIsOneLine(), run.err);
		for (final String word : words)
			assertTrue(run.err.contains(word), "'" + word + "' in: " + run.err);
	}

	private String input() throws java.io.IOException {
		final ArrayImg<UnsignedShortType, ShortArray> image = ArrayImgs.unsignedShorts(41, 33, 7);
		int i = 0;
		for (final UnsignedShortType t : image)
			t.set((int) (i++ * 2654435761L % 4096));
		final String tif = dir.resolve("in.tif").toString();
		ImageFiles.write(image, tif);
		return tif;
	}

	private static void assertAgrees(final RandomAccessibleInterval<? extends RealType<?>> expected,
		final RandomAccessibleInterval<? extends RealType<?>> actual, final RandomAccessibleInterval<?> input)
	{
		final ResultComparison verdict = ResultComparison.compare(Tolerance.EXACT, expected, actual, ConformanceImages
			.scale(Collections.singletonList("image"), Collections.singletonList(input)));
		assertTrue(verdict.agrees(), verdict.toString());
	}
}
