package io.github.fijidispatch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cell lists: the built-in issue #14 list, cell files and their errors, and the generated inputs. */
class BenchCellsTest {

	@TempDir
	Path dir;

	@Test
	void theIssue14ListHasTheTablesCellsAndEachLineReadsBack() throws Exception {
		final List<BenchCell> cells = BenchCells.load(BenchCells.ISSUE14);
		assertEquals(13, cells.size());
		int labelling = 0;
		for (final BenchCell c : cells) {
			final List<BenchCell> again = BenchCells.parse(Collections.singletonList(c.toString()), "round trip");
			assertEquals(c.toString(), again.get(0).toString());
			if (c.opId().equals("label.components")) {
				labelling++;
				assertEquals("full", c.params().get("connectivity"));
				assertTrue(c.input().isMask(), c.toString());
				assertEquals(Collections.singletonList("skimage.label"), c.peers());
			}
		}
		assertEquals(9, labelling);
		final BenchCell median = cells.get(12);
		assertEquals("filter.median radius=2 shape=box", median.opLabel());
		assertEquals("float32 2048x2048 random", median.input().toString());
		assertEquals(Arrays.asList("ij1", "scipy.median_filter"), median.peers());
	}

	@Test
	void aCellFileIsReadSkippingCommentsAndBlankLines() throws Exception {
		final Path file = dir.resolve("mine.cells");
		Files.write(file, Arrays.asList("# name | op | input | peers", "", "a | project.max axis=z | uint16 8x8x4 random | numpy.max ij1",
			"  b|math.add_scalar value=2.5|float32 16x8 mask=12.5%|  "), StandardCharsets.UTF_8);
		final List<BenchCell> cells = BenchCells.load(file.toString());
		assertEquals(2, cells.size());
		assertEquals("a | project.max axis=z | uint16 8x8x4 random | numpy.max ij1", cells.get(0).toString());
		assertEquals(0.125, cells.get(1).input().density());
		assertEquals(Collections.emptyList(), cells.get(1).peers());
		assertEquals("2.5", cells.get(1).params().get("value"));
	}

	@Test
	void aBadCellLineIsRefusedNamingFileLineTextAndWhatIsAllowed() throws Exception {
		refused("x | project.max | uint16 8x8x4 random", "4 fields");
		refused("x | project.max | int32 8x8 random | ", "allowed: uint8, uint16, float32");
		refused("x | project.max | uint8 8x8 |", "is not 'KIND SIZE random'");
		refused("x | project.max | uint8 8y8 random |", "'8y8'");
		refused("x | project.max | uint8 8x8 mask=0% |", "outside (0, 1)");
		refused("x | project.max | uint8 8x8 mask=half |", "allowed: random, or mask=P%");
		refused("x | project.max | uint8 8x8 random | numpy.min", "unknown peer 'numpy.min'; known peers: ij1, skimage.label");
		refused("x | project.max axis | uint8 8x8 random |", "parameter 'axis' is not name=value");
		refused("x | project.max axis=z axis=y | uint8 8x8 random |", "'axis' is given twice");
		refused("x y | project.max | uint8 8x8 random |", "cell name 'x y'");
		refused(" | project.max | uint8 8x8 random |", "cell name ''");
		final Path twice = dir.resolve("twice.cells");
		Files.write(twice, Arrays.asList("a | project.max | uint8 8x8 random |", "a | project.min | uint8 8x8 random |"),
			StandardCharsets.UTF_8);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchCells.load(twice.toString()));
		assertTrue(e.getMessage().startsWith(twice + " line 2: ") && e.getMessage().contains("'a' is used twice"), e.getMessage());
		final Path empty = dir.resolve("empty.cells");
		Files.write(empty, Arrays.asList("# nothing"), StandardCharsets.UTF_8);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchCells.load(empty.toString())).getMessage().contains(
			"has no cell"));
		final String missing = dir.resolve("missing.cells").toString();
		final String m = assertThrows(IllegalArgumentException.class, () -> BenchCells.load(missing)).getMessage();
		assertTrue(m.contains("'" + missing + "' is neither a built-in list (issue14) nor a cell file"), m);
	}

	private void refused(final String line, final String expected) throws Exception {
		final Path file = dir.resolve("bad.cells");
		Files.write(file, Arrays.asList("# a comment", line), StandardCharsets.UTF_8);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchCells.load(file.toString()),
			line);
		assertTrue(e.getMessage().startsWith(file + " line 2: "), e.getMessage());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
		assertTrue(e.getMessage().endsWith("(in '" + line.trim() + "')"), e.getMessage());
	}

	@Test
	void aMaskHasItsDensityAndTheSameTextGivesTheSamePixels() {
		final CellInput input = CellInput.parse("uint16 64x64x4 mask=5%");
		final double[] first = values(input.generate());
		assertArrayEquals(first, values(input.generate()));
		double foreground = 0;
		for (final double v : first) {
			assertTrue(v == 0 || v == 1, "a mask holds 0 and 1, not " + v);
			foreground += v;
		}
		assertEquals(0.05, foreground / first.length, 0.01);
		final double[] dense = values(CellInput.parse("uint16 64x64x4 mask=95%").generate());
		assertEquals(0.95, Arrays.stream(dense).sum() / dense.length, 0.01);
		final double[] random = values(CellInput.parse("uint16 64x64x4 random").generate());
		assertTrue(Arrays.stream(random).max().getAsDouble() > 60000 && Arrays.stream(random).min().getAsDouble() < 5000);
		final double[] floats = values(CellInput.parse("float32 64x64 random").generate());
		assertTrue(Arrays.stream(floats).allMatch(v -> v >= 0 && v < 1));
		assertTrue(Arrays.stream(floats).distinct().count() > 4000, "float data is not a few values");
	}

	@Test
	void rawPixelsAreLittleEndianInNumpyOrder() throws Exception {
		for (final String text : new String[] { "uint8 5x3x2 random", "uint16 5x3x2 random", "float32 5x3 random" }) {
			final CellInput input = CellInput.parse(text);
			final Img<? extends RealType<?>> img = input.generate();
			final Path raw = dir.resolve("pixels.raw");
			input.writeRaw(img, raw);
			final ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
			final double[] expected = values(img);
			assertEquals(expected.length * input.kind().bytesPerPixel(), bytes.capacity(), text);
			for (final double v : expected) {
				final double read = input.kind() == PixelKind.UINT8 ? bytes.get() & 0xff : input.kind() == PixelKind.UINT16 ? bytes
					.getShort() & 0xffff : bytes.getFloat();
				assertEquals(v, read, 0, text);
			}
		}
		assertArrayEquals(new long[] { 2, 3, 5 }, CellInput.parse("uint8 5x3x2 random").numpyShape());
		assertEquals("uint16", CellInput.parse("uint16 5x3 random").numpyType());
	}

	@Test
	void aSizeHasTwoOrThreeSidesEachInRange() {
		final BenchSize volume = BenchSize.parse("256x256x64");
		assertEquals(256L * 256 * 64, volume.pixelCount());
		assertEquals(3, volume.numDimensions());
		assertEquals(volume, new BenchSize(256, 256, 64));
		assertEquals(volume.hashCode(), new BenchSize(256, 256, 64).hashCode());
		assertEquals(new BenchSize(2048, 2048), BenchSize.parse("2048"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchSize.parse("8x8x8x2")).getMessage().contains(
			"2 or 3 dimensions"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchSize.parse("0x5")).getMessage().contains(
			"outside [1, 1048576]"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchSize.parse("64xq")).getMessage().contains(
			"'64xq' is not N, WxH or WxHxD"));
	}

	private static double[] values(final Img<? extends RealType<?>> img) {
		final List<Double> values = new ArrayList<>();
		for (final RealType<?> t : img)
			values.add(t.getRealDouble());
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
