package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.fijidispatch.files.AtomicFile;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code fiji-dispatch run} while it writes a big result
 * over an existing file (a child JVM): the old file stays byte-identical and
 * only a temporary file may be left (issue 12, item 1).
 */
class KilledRunTest {

	private static final int W = 512;
	private static final int H = 512;
	private static final int D = 48;

	@TempDir
	Path tmp;

	@Test
	void killedDuringTheWriteKeepsTheOldOutput() throws Exception {
		final Path input = tmp.resolve("big.tif");
		IJ.saveAsTiff(floatStack(), input.toString());
		final Path output = tmp.resolve("out.tif");
		final byte[] old = "the previous result, which must survive".getBytes(StandardCharsets.UTF_8);
		Files.write(output, old);
		final List<String> command = Arrays.asList(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx1g",
			"-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "math.abs", "-i",
			input.toString(), "-o", output.toString(), "--backend", "imglib2");
		final Path log = tmp.resolve("child.log");
		final Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		final long complete = (long) W * H * D * 4;
		boolean midWrite = false;
		try {
			// NB: no timed assertion: the loop ends when the write is seen under
			// way, or when the child ends; its bound only stops a hung child.
			for (int i = 0; i < 600_000 && child.isAlive() && !midWrite; i++) {
				// NB: a write under way: a temporary file, or (as before safe writes) the output itself.
				final long size = Math.max(temporarySize(output), Files.size(output) == old.length ? 0 : Files.size(output));
				midWrite = size > 0 && size < complete / 2;
				if (!midWrite) Thread.sleep(0, 200_000);
			}
		}
		finally {
			child.destroyForcibly(); // NB: SIGKILL on Linux
			child.waitFor(60, TimeUnit.SECONDS);
		}
		final byte[] now = Files.readAllBytes(output);
		if (!midWrite) {
			// NB: the child finished before the poll saw its write: the result must be complete then.
			final ImagePlus result = IJ.openImage(output.toString());
			assertTrue(result != null && result.getStackSize() == D, "a complete result or the old file: " + read(log));
			Assumptions.assumeTrue(false, "the write finished before it could be killed; nothing to kill");
		}
		assertArrayEquals(old, now, "the old output is byte-identical");
		for (final String name : names(tmp))
			assertTrue(name.equals("big.tif") || name.equals("out.tif") || name.equals("child.log") ||
				AtomicFile.isTemporary(tmp.resolve(name)), "only a temporary file may be left: " + name);
	}

	private static long temporarySize(final Path output) throws IOException {
		long size = 0;
		try (Stream<Path> s = Files.list(output.getParent())) {
			for (final Path p : (Iterable<Path>) s::iterator)
				if (AtomicFile.isTemporary(p) && p.getFileName().toString().startsWith("." + output.getFileName() + ".")) {
					try {
						size = Math.max(size, Files.size(p));
					}
					catch (final java.nio.file.NoSuchFileException e) {
						// NB: the pre-flight's probe comes and goes; it is empty anyway.
						size = Math.max(size, 0);
					}
				}
		}
		return size;
	}

	private static ImagePlus floatStack() {
		final ImageStack stack = new ImageStack(W, H);
		for (int z = 0; z < D; z++) {
			final float[] pixels = new float[W * H];
			for (int i = 0; i < pixels.length; i++)
				pixels[i] = (i % 517) - 258.5f + z;
			stack.addSlice("", pixels);
		}
		return new ImagePlus("big", stack);
	}

	private static String read(final Path log) throws IOException {
		return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
	}

	private static List<String> names(final Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).collect(Collectors.toList());
		}
	}
}
