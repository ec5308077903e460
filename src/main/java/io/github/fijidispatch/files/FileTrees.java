package io.github.fijidispatch.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes a folder with everything in it: the one recursive delete of the suite (scratch arrays, replaced outputs). */
public final class FileTrees {

	private FileTrees() {}

	/**
	 * Deletes {@code root} and everything below it; nothing when it does not exist.
	 *
	 * @throws IOException the first entry that could not be deleted (what was deleted before it stays deleted)
	 */
	public static void delete(final Path root) throws IOException {
		delete(root, false);
	}

	/**
	 * As {@link #delete(Path)}, for a tree that another thread may be deleting at the same time (e.g. a shutdown
	 * hook): an entry that is already gone is no error.
	 */
	public static void deleteConcurrently(final Path root) throws IOException {
		delete(root, true);
	}

	private static void delete(final Path root, final boolean goneIsFine) throws IOException {
		if (!Files.exists(root)) return;
		Files.walkFileTree(root, new SimpleFileVisitor<Path>() {

			@Override
			public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
				remove(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(final Path file, final IOException e) throws IOException {
				if (goneIsFine && e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
				throw e;
			}

			@Override
			public FileVisitResult postVisitDirectory(final Path dir, final IOException e) throws IOException {
				if (e != null && !(goneIsFine && e instanceof NoSuchFileException)) throw e;
				remove(dir);
				return FileVisitResult.CONTINUE;
			}

			private void remove(final Path entry) throws IOException {
				if (goneIsFine) Files.deleteIfExists(entry);
				else Files.delete(entry);
			}
		});
	}
}
