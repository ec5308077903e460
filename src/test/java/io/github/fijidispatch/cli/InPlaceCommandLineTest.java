package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --in-place}: offered only for ops that allow it and calls whose
 * result fits the first input (refused before anything is read or written
 * otherwise); without {@code -o} the result replaces the input's file
 * through a temporary file and a rename, with {@code -o} it goes there and
 * the input's file stays as it was.
 */
class InPlaceCommandLineTest {

	private static final Path CELL = Paths.get("src/main/resources/io/github/fijidispatch/samples/cell.png");

	@TempDir
	Path tmp;

	@Test
	void inPlaceWithoutAnOutputReplacesTheInputByTheResult() throws IOException {
		final Path expected = tmp.resolve("expected.png");
		assertEquals(0, CommandLineRun.of("run", "math.add_scalar", "-i", CELL.toString(), "-o", expected.toString(), "--param",
			"value=40").code);
		final Path image = Files.copy(CELL, tmp.resolve("cell.png"));
		final CommandLineRun r = CommandLineRun.of("run", "math.add_scalar", "-i", image.toString(), "--in-place", "--param",
			"value=40");
		assertEquals(0, r.code, r.toString());
		assertTrue(r.out.contains("→ " + image), r.out);
		assertPixelsEqual(expected, image);
		assertEquals(Arrays.asList("cell.png", "expected.png"), names(tmp), "no temporary file is left");
	}

	@Test
	void inPlaceWithAnOutputLeavesTheInputFile() throws IOException {
		final Path image = Files.copy(CELL, tmp.resolve("cell.png"));
		final byte[] before = Files.readAllBytes(image);
		final Path out = tmp.resolve("mask.png");
		final CommandLineRun r = CommandLineRun.of("run", "threshold.value", "-i", image.toString(), "-o", out.toString(),
			"--in-place", "--param", "value=100");
		assertEquals(0, r.code, r.toString());
		assertArrayEquals(before, Files.readAllBytes(image));
		final ImagePlus mask = IJ.openImage(out.toString());
		final ImagePlus cell = IJ.openImage(CELL.toString());
		assertEquals(cell.getProcessor().get(10, 10) >= 100 ? 255 : 0, mask.getProcessor().get(10, 10));
	}

	@Test
	void anOpThatCannotRunInPlaceIsRefusedBeforeAnythingIsWritten() throws IOException {
		final Path image = Files.copy(CELL, tmp.resolve("cell.png"));
		final byte[] before = Files.readAllBytes(image);
		final CommandLineRun gauss = CommandLineRun.of("run", "filter.gauss", "-i", image.toString(), "--in-place", "--param",
			"sigma=2");
		assertEquals(2, gauss.code, gauss.toString());
		assertTrue(gauss.err.contains("filter.gauss cannot run --in-place: only point ops and conversions within a kind can"),
			gauss.err);
		assertTrue(gauss.errIsOneLine(), gauss.err);
		final CommandLineRun wider = CommandLineRun.of("run", "convert.type", "-i", image.toString(), "--in-place", "--param",
			"target=float32");
		assertEquals(2, wider.code, wider.toString());
		assertTrue(wider.err.contains("convert.type cannot run --in-place over input 'image'"), wider.err);
		assertArrayEquals(before, Files.readAllBytes(image));
		assertEquals(Arrays.asList("cell.png"), names(tmp));
	}

	private static void assertPixelsEqual(final Path expected, final Path actual) {
		final ImagePlus a = IJ.openImage(expected.toString());
		final ImagePlus b = IJ.openImage(actual.toString());
		assertArrayEquals((byte[]) a.getProcessor().getPixels(), (byte[]) b.getProcessor().getPixels());
	}

	private static List<String> names(final Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
