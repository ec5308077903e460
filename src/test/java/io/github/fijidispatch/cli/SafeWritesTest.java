package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.fijidispatch.files.SmallDisk;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's writes and pre-flight (issue 12, items 1-3, 6, 7, 12):
 * outputs are checked before any work, refused with one line and the right
 * exit code, and an existing file is replaced only by a complete result.
 */
class SafeWritesTest {

	private static final Path CELL = Paths.get("src/main/resources/io/github/fijidispatch/samples/cell.png");

	@TempDir
	Path tmp;

	@Test
	void aTableIsNeverWrittenOverAnImage() throws IOException {
		final Path victim = Files.copy(CELL, tmp.resolve("victim.png"));
		final byte[] before = Files.readAllBytes(victim);
		final CommandLineRun r = CommandLineRun.of("run", "measure.stats", "-i", victim.toString(), "-o", victim.toString());
		assertEquals(2, r.code, r.toString());
		assertTrue(r.err.contains("measure.stats gives a table: output '" + victim + "' must end in .csv, .json"), r.err);
		assertTrue(r.errIsOneLine(), r.err);
		assertArrayEquals(before, Files.readAllBytes(victim));
		assertEquals(Arrays.asList("victim.png"), names(tmp));
	}

	@Test
	void theOutputIsCheckedBeforeTheInputIsRead() {
		final String missing = tmp.resolve("missing.png").toString();
		final CommandLineRun jpg = CommandLineRun.of("run", "filter.gauss", "-i", missing, "-o", tmp.resolve("x.jpg").toString());
		assertEquals(2, jpg.code, jpg.toString());
		assertTrue(jpg.err.contains("filter.gauss gives an image: output '" + tmp.resolve("x.jpg") + "' must end in .tif, .tiff, .png"),
			jpg.err);
		final CommandLineRun table = CommandLineRun.of("run", "threshold.auto", "-i", missing, "-o", tmp.resolve("t.csv").toString());
		assertEquals(2, table.code, table.toString());
		assertTrue(table.err.contains("(.csv is for tables)"), table.err);
	}

	@Test
	void aStackIsNotWrittenAsPng() throws IOException {
		final Path stack = tmp.resolve("stack.tif");
		IJ.saveAsTiff(stackOf(20, 10, 3), stack.toString());
		final CommandLineRun r = CommandLineRun.of("run", "filter.gauss", "-i", stack.toString(), "-o", tmp.resolve("s.png").toString());
		assertEquals(2, r.code, r.toString());
		assertTrue(r.err.contains("filter.gauss gives a 3D image (20x10x3): output '" + tmp.resolve("s.png") +
			"' cannot be PNG, which holds 2D images; use .tif"), r.err);
		assertFalse(Files.exists(tmp.resolve("s.png")));
	}

	@Test
	void unwritableOutputsAreOneLineBeforeTheOpRuns() throws IOException {
		Assumptions.assumeTrue(new File("/proc/self").exists() && new File("/dev/full").exists(), "needs Linux /proc and /dev/full");
		final Path folder = Files.createDirectory(tmp.resolve("folder.tif"));
		final Path full = Files.createSymbolicLink(tmp.resolve("full.tif"), Paths.get("/dev/full"));
		final String[][] cases = { { "filter.gauss", "/proc/x.tif", "the folder /proc does not accept new files" },
			{ "filter.gauss", folder.toString(), "it is a folder" },
			{ "filter.gauss", full.toString(), "it is a device or pipe, not a regular file" },
			{ "measure.stats", "/proc/x.csv", "the folder /proc does not accept new files" },
			{ "filter.gauss", CELL + "/below.tif", CELL.toAbsolutePath() + " is a file, not a folder" } };
		for (final String[] c : cases) {
			final CommandLineRun r = CommandLineRun.of("run", c[0], "-i", CELL.toString(), "-o", c[1]);
			assertEquals(2, r.code, r.toString());
			assertTrue(r.err.startsWith("fiji-dispatch run: cannot write '" + c[1] + "': " + c[2]), r.err);
			assertTrue(r.err.contains("; choose another output"), r.err);
			assertTrue(r.errIsOneLine(), r.err);
			assertEquals("", r.out, "nothing ran");
		}
		final CommandLineRun device = CommandLineRun.of("run", "filter.gauss", "-i", CELL.toString(), "-o", "/dev/full");
		assertEquals(2, device.code, device.toString());
		assertTrue(device.err.contains("output '/dev/full' must end in .tif, .tiff, .png"), device.err);
		assertTrue(Files.isDirectory(folder));
		assertTrue(Files.isSymbolicLink(full) && !Files.isRegularFile(Paths.get("/dev/full")), "/dev/full is still a device");
		assertEquals(Arrays.asList("folder.tif", "full.tif"), names(tmp));
		Files.delete(full);
	}

	@Test
	void outputEqualToInputIsReplacedByTheCompleteResult() throws IOException {
		final Path stack = tmp.resolve("in-place.tif");
		final ImagePlus original = stackOf(64, 48, 5);
		IJ.saveAsTiff(original, stack.toString());
		final CommandLineRun r = CommandLineRun.of("run", "convert.type", "-i", stack.toString(), "-o", stack.toString(), "--param",
			"target=float32", "--param", "scale=false");
		assertEquals(0, r.code, r.toString());
		final ImagePlus result = IJ.openImage(stack.toString());
		assertEquals(ImagePlus.GRAY32, result.getType());
		assertEquals(5, result.getStackSize());
		for (int z = 1; z <= 5; z++)
			for (int i = 0; i < 64 * 48; i++)
				assertEquals(((byte[]) original.getStack().getPixels(z))[i] & 0xff, ((float[]) result.getStack().getPixels(z))[i], 0,
					"plane " + z + " pixel " + i);
		assertEquals(Arrays.asList("in-place.tif"), names(tmp));

		final Path png = Files.copy(CELL, tmp.resolve("cell.png"));
		final CommandLineRun flip = CommandLineRun.of("run", "transform.flip", "-i", png.toString(), "-o", png.toString(), "--param",
			"axes=x");
		assertEquals(0, flip.code, flip.toString());
		final ImagePlus before = IJ.openImage(CELL.toString());
		final ImagePlus after = IJ.openImage(png.toString());
		final int w = before.getWidth();
		assertEquals(before.getProcessor().get(0, 7), after.getProcessor().get(w - 1, 7));
		assertEquals(before.getProcessor().get(w - 1, 300), after.getProcessor().get(0, 300));
	}

	@Test
	void aFullDiskKeepsTheInputAndSaysSoInOneLine() throws Exception {
		try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 256)) {
			final Path in = disk.folder().resolve("in.tif");
			final ImagePlus imp = new ImagePlus("in", new ByteProcessor(300, 200));
			imp.getProcessor().noise(40);
			IJ.saveAsTiff(imp, in.toString());
			final byte[] before = Files.readAllBytes(in);
			final CommandLineRun r = CommandLineRun.of("run", "convert.type", "-i", in.toString(), "-o", in.toString(), "--param",
				"target=float32");
			assertEquals(1, r.code, r.toString());
			assertTrue(r.err.startsWith("fiji-dispatch run: not enough free space for '" + in + "': it needs about 298 KiB but " +
				disk.folder() + " has "), r.err);
			assertTrue(r.errIsOneLine(), r.err);
			assertArrayEquals(before, Files.readAllBytes(in));
			assertEquals(Arrays.asList("in.tif"), names(disk.folder()));
		}
	}

	@Test
	void aDuplicatedParameterIsRefusedNamingIt() {
		final CommandLineRun r = CommandLineRun.of("run", "filter.gauss", "-i", CELL.toString(), "-o", tmp.resolve("g.tif").toString(),
			"--param", "sigma=2", "-p", "sigma=3");
		assertEquals(2, r.code, r.toString());
		assertTrue(r.err.contains("filter.gauss: parameter 'sigma' is given twice ('2' and '3'); give each --param once"), r.err);
		assertFalse(Files.exists(tmp.resolve("g.tif")));
	}

	@Test
	void anInputTooLargeForTheHeapIsRefusedBeforeReadingWithTheFix() throws IOException {
		// NB: complete as declared (PackBits strips of no bytes), so only its size is wrong; a bare header is truncated.
		final Path huge = tmp.resolve("huge.tif");
		final TiffBytes t = new TiffBytes(46000, 46000, 32, TiffBytes.FLOAT).compression(TiffBytes.PACKBITS);
		t.page(new byte[0]);
		Files.write(huge, t.bytes());
		assertTrue(Files.size(huge) < 400);
		final CommandLineRun r = CommandLineRun.of("run", "filter.gauss", "-i", huge.toString(), "-o", tmp.resolve("g.tif").toString());
		assertEquals(2, r.code, r.toString());
		assertTrue(r.err.contains("filter.gauss: the inputs are too large for this Java's memory: the call needs about "), r.err);
		assertTrue(r.err.contains("(inputs 7.9 GiB, result 7.9 GiB, working copies 7.9 GiB, writing 7.9 GiB)"), r.err);
		assertTrue(r.err.matches("(?s).*Give more memory with FIJI_DISPATCH_JAVA_OPTS=-Xmx\\d+g, or use a smaller input\\s*"), r.err);
		assertTrue(r.errIsOneLine(), r.err);
		assertFalse(Files.exists(tmp.resolve("g.tif")));
	}

	/** Exit codes and one-line messages for failures Main only sees as exceptions. */
	@Test
	void unexpectedFailuresAreOneLineAndOutOfMemoryIsBadInput() {
		final ErrorReport npe = ErrorReport.of("run", new NullPointerException("x is null"));
		assertEquals(1, npe.exitCode);
		assertEquals("fiji-dispatch run: unexpected failure: NullPointerException: x is null (--verbose prints the Java stack trace)",
			npe.message);
		final ErrorReport missing = ErrorReport.of("docs", new java.nio.file.NoSuchFileException("/proc/README.md"));
		assertEquals(1, missing.exitCode);
		assertEquals("fiji-dispatch docs: '/proc/README.md': no such file or folder", missing.message);
		final ErrorReport oom = ErrorReport.of("run", new io.github.fijidispatch.dispatch.DispatchException("failed",
			new OutOfMemoryError("Java heap space")));
		assertEquals(2, oom.exitCode);
		assertTrue(oom.message.startsWith("fiji-dispatch run: ran out of memory (this Java may use "), oom.message);
		assertTrue(oom.message.contains("give more with FIJI_DISPATCH_JAVA_OPTS=-Xmx"), oom.message);
	}

	@Test
	void theStackTraceIsForVerboseOnly() {
		final String[] args = { "run", "filter.gauss", "-i", CELL.toString(), "-o", "/proc/x.tif" };
		final CommandLineRun quiet = CommandLineRun.of(args);
		assertTrue(quiet.errIsOneLine(), quiet.err);
		final String[] verbose = Arrays.copyOf(args, args.length + 1);
		verbose[args.length] = "--verbose";
		final CommandLineRun loud = CommandLineRun.of(verbose);
		assertEquals(2, loud.code);
		assertTrue(loud.err.contains("\tat io.github.fijidispatch."), loud.err);
	}

	/** A little-endian TIFF header declaring a float32 image of w×h pixels (and no pixels). */
	static byte[] tiffHeader(final int w, final int h) {
		final short[][] entries = { { 256, 4 }, { 257, 4 }, { 258, 3 }, { 259, 3 }, { 262, 3 }, { 273, 4 }, { 277, 3 }, { 278, 4 },
			{ 279, 4 }, { 339, 3 } };
		final long[] values = { w, h, 32, 1, 1, 8 + 2 + entries.length * 12 + 4, 1, h, 0xFFFFFFFFL, 3 };
		final ByteBuffer b = ByteBuffer.allocate(8 + 2 + entries.length * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		b.putShort((short) entries.length);
		for (int i = 0; i < entries.length; i++) {
			b.putShort(entries[i][0]).putShort(entries[i][1]).putInt(1);
			if (entries[i][1] == 3) b.putShort((short) values[i]).putShort((short) 0);
			else b.putInt((int) values[i]);
		}
		b.putInt(0);
		return b.array();
	}

	static ImagePlus stackOf(final int w, final int h, final int d) {
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < d; z++) {
			final byte[] pixels = new byte[w * h];
			for (int i = 0; i < pixels.length; i++)
				pixels[i] = (byte) (i * 7 + z * 31);
			stack.addSlice("", pixels);
		}
		return new ImagePlus("stack", stack);
	}

	private static List<String> names(final Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
