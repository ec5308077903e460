package io.github.fijidispatch.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFile}: the final name holds the old file or the complete new one, never anything else. */
class AtomicFileTest {

	@TempDir
	Path tmp;

	@Test
	void replacesTheFileAndLeavesNoTemporary() throws IOException {
		final Path target = tmp.resolve("a.txt");
		Files.write(target, "old".getBytes(StandardCharsets.UTF_8));
		AtomicFile.writeText(target, "new text");
		assertEquals("new text", new String(Files.readAllBytes(target), StandardCharsets.UTF_8));
		assertEquals(Arrays.asList("a.txt"), names(tmp));
	}

	@Test
	void aBodyMayCloseWhatItWrapsAroundTheStream() throws IOException {
		final Path target = tmp.resolve("a.gz");
		AtomicFile.write(target, out -> {
			try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
				gz.write("zipped".getBytes(StandardCharsets.UTF_8));
			}
		});
		try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(target))) {
			assertEquals("zipped", new String(readAll(in), StandardCharsets.UTF_8));
		}
	}

	@Test
	void createsMissingFolders() throws IOException {
		final Path target = tmp.resolve("x/y/z.csv");
		AtomicFile.writeText(target, "a,b\n");
		assertEquals("a,b\n", new String(Files.readAllBytes(target), StandardCharsets.UTF_8));
	}

	@Test
	void aFailingWriteKeepsTheOldFileAndDeletesItsTemporary() throws IOException {
		final Path target = tmp.resolve("keep.bin");
		final byte[] old = { 1, 2, 3, 4 };
		Files.write(target, old);
		final IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
			out.write(new byte[100_000]);
			throw new IllegalStateException("encoder broke");
		}));
		assertEquals("encoder broke", e.getMessage());
		assertArrayEquals(old, Files.readAllBytes(target));
		assertEquals(Arrays.asList("keep.bin"), names(tmp));
	}

	@Test
	void refusesFoldersAndDevicesWithoutTouchingThem() throws IOException {
		final Path folder = Files.createDirectory(tmp.resolve("out.tif"));
		final IOException dir = assertThrows(IOException.class, () -> AtomicFile.writeText(folder, "x"));
		assertTrue(dir.getMessage().contains("it is a folder, not a regular file"), dir.getMessage());
		assertTrue(Files.isDirectory(folder));
		final IOException probe = assertThrows(IOException.class, () -> AtomicFile.checkWritable(folder));
		assertTrue(probe.getMessage().contains("it is a folder"), probe.getMessage());
		final Path full = Paths.get("/dev/full");
		Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
		final IOException device = assertThrows(IOException.class, () -> AtomicFile.writeText(full, "x"));
		assertTrue(device.getMessage().contains("it is a device or pipe, not a regular file"), device.getMessage());
		assertFalse(Files.isRegularFile(full), "/dev/full is still a device");
	}

	@Test
	void aFolderThatTakesNoFilesIsFoundBeforeWriting() throws IOException {
		Assumptions.assumeTrue(new File("/proc/self").exists(), "no /proc here");
		final IOException e = assertThrows(IOException.class, () -> AtomicFile.checkWritable(Paths.get("/proc/x.tif")));
		assertTrue(e.getMessage().startsWith("cannot write '/proc/x.tif': the folder /proc does not accept new files"), e.getMessage());
		Files.write(tmp.resolve("file"), new byte[1]);
		final IOException f = assertThrows(IOException.class, () -> AtomicFile.checkWritable(tmp.resolve("file/below.csv")),
			"a path below a file");
		assertTrue(f.getMessage().endsWith(tmp.resolve("file").toAbsolutePath() + " is a file, not a folder"), f.getMessage());
	}

	@Test
	void checkingLeavesNothingBehind() throws IOException {
		final Path folder = AtomicFile.checkWritable(tmp.resolve("new/folder/out.tif"));
		assertEquals(tmp.toAbsolutePath(), folder);
		assertEquals(new ArrayList<>(), names(tmp));
	}

	@Test
	void aSymbolicLinkKeepsPointingAtTheNewContent() throws IOException {
		final Path real = tmp.resolve("real.txt");
		Files.write(real, "old".getBytes(StandardCharsets.UTF_8));
		final Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), real);
		AtomicFile.writeText(link, "new");
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("new", new String(Files.readAllBytes(real), StandardCharsets.UTF_8));
	}

	@Test
	void aFullDiskKeepsTheOldFile() throws Exception {
		try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 256)) {
			final Path target = disk.folder().resolve("in.tif");
			final byte[] old = new byte[64 * 1024];
			Arrays.fill(old, (byte) 7);
			Files.write(target, old);
			final IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> out.write(new byte[512 * 1024])));
			assertTrue(e.getMessage().startsWith("cannot write '" + target + "': No space left on device"), e.getMessage());
			assertArrayEquals(old, Files.readAllBytes(target));
			assertEquals(Arrays.asList("in.tif"), names(disk.folder()));
		}
	}

	@Test
	void killedMidWriteLeavesTheOldFileAndOnlyATemporary() throws Exception {
		final Path target = tmp.resolve("big.tif");
		final byte[] old = new byte[1 << 20];
		for (int i = 0; i < old.length; i++)
			old[i] = (byte) (i * 31);
		Files.write(target, old);
		final Path marker = tmp.resolve("halfway");
		final List<String> command = Arrays.asList(new File(System.getProperty("java.home"), "bin/java").getPath(), "-cp",
			System.getProperty("java.class.path"), HalfWrittenFile.class.getName(), target.toString(), marker.toString(),
			String.valueOf(8 << 20));
		final Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
			.start();
		try {
			// NB: not a timed assertion: the wait only bounds a child that never gets there.
			for (int i = 0; i < 1200 && !Files.exists(marker) && child.isAlive(); i++)
				Thread.sleep(50);
			assertTrue(Files.exists(marker), "the child never reached the middle of its write: " + log());
		}
		finally {
			child.destroyForcibly(); // NB: SIGKILL on Linux, the kill -9 of the issue
			child.waitFor(60, TimeUnit.SECONDS);
		}
		assertArrayEquals(old, Files.readAllBytes(target), "the old file is byte-identical");
		final List<String> temporaries = new ArrayList<>();
		for (final String name : names(tmp)) {
			if (name.equals("big.tif") || name.equals("halfway") || name.equals("child.log")) continue;
			assertTrue(AtomicFile.isTemporary(tmp.resolve(name)), "only a temporary file may be left: " + name);
			temporaries.add(name);
		}
		assertEquals(1, temporaries.size(), "the killed write's temporary file: " + temporaries);
		assertEquals(4 << 20, Files.size(tmp.resolve(temporaries.get(0))), "it was killed in the middle");
	}

	private static byte[] readAll(final java.io.InputStream in) throws IOException {
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		final byte[] b = new byte[4096];
		for (int n; (n = in.read(b)) >= 0;)
			out.write(b, 0, n);
		return out.toByteArray();
	}

	private String log() throws IOException {
		return new String(Files.readAllBytes(tmp.resolve("child.log")), StandardCharsets.UTF_8);
	}

	private static List<String> names(final Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
